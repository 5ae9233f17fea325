//! serde's one-off visitors, written once (feature `serde`): `visit!` and `visit_bytes!`.

#![cfg(feature = "serde")]

/// `$deserializer.$method($args…, V)` with a one-off visitor `V` whose `Value` is `$Value` and
/// whose `expecting` writes `$expecting`. Its `visit_*` methods follow, one an entry, named by
/// what comes after `self`: `visit_str(v: &str) => body` (any method of one value, with its type),
/// `visit_seq(mut seq)`, `visit_map(mut map)` (the access is `A`) and `visit_newtype_struct(d)`
/// (the deserializer is `D`). Each body is the method's `Result`.
macro_rules! visit {
    ($deserializer:ident.$method:ident($($arg:expr),*) as $Value:ty, $expecting:literal {
        $($visit:ident($($param:tt)*) => $body:expr),+ $(,)?
    }) => {{
        struct V;
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = $Value;
            fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($expecting)
            }
            $(visit!(@method $visit($($param)*) $body);)+
        }
        $deserializer.$method($($arg,)* V)
    }};
    (@method visit_seq $($rest:tt)*) => { visit!(@with A: SeqAccess visit_seq $($rest)*); };
    (@method visit_map $($rest:tt)*) => { visit!(@with A: MapAccess visit_map $($rest)*); };
    (@method visit_newtype_struct $($rest:tt)*) => {
        visit!(@with D: Deserializer visit_newtype_struct $($rest)*);
    };
    // A method given what it reads from (`$with`, of trait `$Trait`).
    (@with $With:ident: $Trait:ident $visit:ident($with:pat) $body:expr) => {
        fn $visit<$With: ::serde::de::$Trait<'de>>(
            self,
            $with: $With,
        ) -> Result<Self::Value, $With::Error> {
            $body
        }
    };
    // A method given one value.
    (@method $visit:ident($v:ident: $ty:ty) $body:expr) => {
        fn $visit<E: ::serde::de::Error>(self, $v: $ty) -> Result<Self::Value, E> {
            $body
        }
    };
}

/// `visit!` for bytes: `<$Value>::from` the bytes, a byte buffer, or a sequence of byte values.
macro_rules! visit_bytes {
    ($deserializer:ident.$method:ident($($arg:expr),*) as $Value:ty, $expecting:literal) => {
        visit!($deserializer.$method($($arg),*) as $Value, $expecting {
            visit_bytes(v: &[u8]) => Ok(<$Value>::from(v)),
            visit_byte_buf(v: alloc::vec::Vec<u8>) => Ok(<$Value>::from(v)),
            visit_seq(mut seq) => {
                let mut bytes = alloc::vec::Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                while let Some(b) = seq.next_element::<u8>()? {
                    bytes.push(b);
                }
                Ok(<$Value>::from(bytes))
            },
        })
    };
}
