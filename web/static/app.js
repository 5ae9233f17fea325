// The clusprop decoder page. Plain JavaScript, no framework, no modules: it works from any static
// host and from file://. wasm.js holds the WebAssembly module in base64 (a page opened from
// file:// may not fetch files), clusprop_web.js is wasm-bindgen's glue (--target no-modules).
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const ui = {
    form: $("form"), text: $("text"), encoding: $("encoding"), target: $("target"),
    control: $("control"), controlNames: $("control-names"), lenient: $("lenient"),
    file: $("file"), status: $("status"), error: $("error"), tree: $("tree"),
    entries: $("entries"), hex: $("hex"), selection: $("selection"), json: $("json"),
    copy: $("copy"), download: $("download"), permalink: $("permalink"), version: $("version"),
  };

  // What is shown: the bytes, the decoder's document, the error's marked range, the selection.
  const state = { bytes: new Uint8Array(0), doc: null, bad: null, badByte: -1, sel: null, text: "hex", plain: [], hexDraws: 0 };
  let firstDecode = true;

  // ---- the WebAssembly module ------------------------------------------------------------

  function start() {
    try {
      const binary = atob(window.CLUSPROP_WASM_BASE64);
      const module = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) module[i] = binary.charCodeAt(i);
      wasm_bindgen.initSync({ module: module });
    } catch (e) {
      setStatus("error", "The decoder could not start: " + e);
      return;
    }
    ui.version.textContent = " (clusprop " + wasm_bindgen.version() + ")";
    for (const [name, code, output] of JSON.parse(wasm_bindgen.controls())) {
      const option = document.createElement("option");
      option.value = name.replace(/^CLUSCTL_/, "");
      option.label = code + (output ? " → " + output.replace(/_/g, " ") : "");
      ui.controlNames.appendChild(option);
    }
    setStatus("ready", "Ready: paste a buffer or drop a file.");
    bind();
    fromFragment();
  }

  // ---- input -----------------------------------------------------------------------------

  function bind() {
    ui.form.addEventListener("submit", (event) => { event.preventDefault(); fromText(); });
    ui.text.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); fromText(); }
    });
    for (const input of [ui.encoding, ui.target, ui.lenient]) {
      input.addEventListener("change", () => { if (ui.text.value.trim() !== "") fromText(); });
    }
    ui.control.addEventListener("change", () => {
      if (ui.control.value.trim() !== "") ui.target.value = "control";
      if (ui.text.value.trim() !== "") fromText();
    });
    ui.file.addEventListener("change", () => { if (ui.file.files.length) readFile(ui.file.files[0]); });
    document.addEventListener("dragover", (event) => { event.preventDefault(); });
    document.addEventListener("drop", (event) => {
      event.preventDefault();
      if (event.dataTransfer.files.length) readFile(event.dataTransfer.files[0]);
    });
    window.addEventListener("hashchange", fromFragment);
    ui.copy.addEventListener("click", copyJson);
    ui.download.addEventListener("click", downloadBinary);
    for (const list of [ui.tree, ui.entries]) {
      rowKeys(list);
      list.addEventListener("click", (event) => {
        const li = event.target.closest("li");
        if (li && li.parentNode === list) select(list, li);
      });
    }
  }

  function readFile(file) {
    const reader = new FileReader();
    reader.onload = () => {
      const bytes = new Uint8Array(reader.result);
      ui.text.value = wrapText(toHex(bytes), 64);
      ui.encoding.value = "hex";
      state.text = "base64";
      show(bytes, "file " + file.name);
    };
    reader.onerror = () => setStatus("error", "Could not read " + file.name + ": " + reader.error);
    reader.readAsArrayBuffer(file);
  }

  function fromText() {
    let bytes;
    try {
      bytes = wasm_bindgen.text_to_bytes(ui.text.value, ui.encoding.value);
    } catch (e) {
      const error = JSON.parse(e);
      showTextError(error);
      return;
    }
    state.text = ui.encoding.value === "base64" || (ui.encoding.value === "auto" && !/^[0-9a-fA-F\s]*$/.test(ui.text.value)) ? "base64" : "hex";
    show(bytes, "the text");
  }

  function showTextError(error, what) {
    clearOutput();
    state.pending = null;
    const where = error.offset === null ? "" : " at character " + error.offset + " of the text";
    ui.error.hidden = false;
    ui.error.textContent = what ? "Not " + what + ": " + error.message
      : "Not " + (ui.encoding.value === "auto" ? "hex or base64" : ui.encoding.value) + where + ": " + error.message;
    setStatus("error", "The text is not a buffer.");
    ui.status.dataset.complete = "true";
    if (error.offset !== null) {
      ui.text.focus();
      ui.text.setSelectionRange(error.offset, error.offset + 1);
    }
  }

  // #hex=… or #base64=…, with &target=, &control=, &lenient=1.
  function fromFragment() {
    const fragment = location.hash.replace(/^#/, "");
    if (fragment === "") return;
    const params = {};
    for (const part of fragment.split("&")) {
      const at = part.indexOf("=");
      if (at <= 0) continue;
      try {
        params[part.slice(0, at)] = decodeURIComponent(part.slice(at + 1));
      } catch (e) {
        showTextError({ message: "the link's " + part.slice(0, at) + " has a broken %-escape", offset: null }, "a link");
        return;
      }
    }
    // Everything the link does not say is the default: a link shows the same on any page.
    ui.control.value = params.control !== undefined ? params.control : "";
    ui.target.value = params.target || (params.control !== undefined ? "control" : "property_list");
    ui.lenient.checked = params.lenient === "1";
    // The selected row: `node=N` in the decoded tree, `entry=N` in the dissection.
    state.pending = params.entry !== undefined ? ["entry", Number(params.entry)]
      : params.node !== undefined ? ["node", Number(params.node)] : null;
    if (params.hex !== undefined) { ui.text.value = wrapText(params.hex, 64); ui.encoding.value = "hex"; }
    else if (params.base64 !== undefined) { ui.text.value = wrapText(params.base64, 76); ui.encoding.value = "base64"; }
    else return;
    fromText();
  }

  function fragmentOf(bytes) {
    const selected = document.querySelector('.rows [aria-selected="true"]');
    const parts = [state.text === "base64" ? "base64=" + encodeURIComponent(toBase64(bytes)) : "hex=" + toHex(bytes)];
    if (ui.target.value !== "property_list") parts.push("target=" + ui.target.value);
    if (ui.target.value === "control") parts.push("control=" + encodeURIComponent(ui.control.value.trim()));
    if (ui.lenient.checked) parts.push("lenient=1");
    if (selected) parts.push((selected.parentNode === ui.tree ? "node=" : "entry=") + selected.dataset.index);
    return "#" + parts.join("&");
  }

  // ---- decoding --------------------------------------------------------------------------

  function show(bytes, source) {
    const t0 = performance.now();
    const json = wasm_bindgen.decode(bytes, ui.target.value, ui.lenient.checked, ui.control.value);
    const doc = JSON.parse(json);
    const t1 = performance.now();
    state.bytes = bytes;
    state.doc = doc;
    render();
    // Style and layout are part of drawing the page: reading a size makes them happen now.
    void document.body.offsetHeight;
    const t2 = performance.now();
    const decodeMs = (t1 - t0).toFixed(2), firstMs = (t2 - t0).toFixed(2);
    const what = { property_list: "a property list", value_list: "a value list", control: "the output of " + ((doc.control && doc.control.name) || ui.control.value) }[doc.target];
    const summary = doc.ok
      ? "Decoded " + bytes.length + " bytes from " + source + " as " + what + ": " + doc.entries.length + " entries."
      : "Error in " + bytes.length + " bytes from " + source + " read as " + what + " (" + doc.entries.length + " entries before it).";
    const status = ui.status.dataset;
    setStatus(doc.ok ? "ok" : "error", summary + " Decoded in " + decodeMs + " ms, first screen in " + firstMs + " ms.");
    status.decodeMs = decodeMs;
    status.firstScreenMs = firstMs;
    status.bytes = String(bytes.length);
    status.complete = "false";
    // The first decode after the page loads (the WebAssembly's code still cold): data-cold-*.
    if (firstDecode) { status.coldDecodeMs = decodeMs; status.coldFirstScreenMs = firstMs; }
    const first = firstDecode;
    firstDecode = false;
    selectPending();
    updateLink();
    // The rows and bytes past the first screen are drawn in the tasks that follow.
    afterwards(() => {
      selectPending();
      state.pending = null; // a row the buffer does not have
      void document.body.offsetHeight;
      const allMs = (performance.now() - t0).toFixed(2);
      status.allMs = allMs;
      if (first) status.coldAllMs = allMs;
      status.complete = "true";
    });
  }

  // Selects the row the link named, once it is drawn.
  function selectPending() {
    if (!state.pending) return;
    const [list, index] = state.pending;
    const row = (list === "entry" ? ui.entries : ui.tree).children[index];
    if (row) {
      state.pending = null;
      select(row.parentNode, row, false);
    }
  }

  // ---- drawing in steps --------------------------------------------------------------------

  // A large buffer's page is drawn in steps: the first screen at once, the rest of the rows and
  // bytes in tasks of their own, so that the page shows and answers while they are drawn. A new
  // decode drops the steps still to run.
  const FIRST_ROWS = 100, STEP_ROWS = 1000, LINK_BYTES = 512 * 1024;
  const steps = { queue: [], timer: 0, done: null };

  function later(step) {
    steps.queue.push(step);
    if (!steps.timer) steps.timer = setTimeout(runSteps, 0);
  }

  function afterwards(done) {
    steps.done = done;
    if (!steps.timer) steps.timer = setTimeout(runSteps, 0);
  }

  function runSteps() {
    steps.timer = 0;
    const step = steps.queue.shift();
    if (step) step();
    if (steps.queue.length) {
      steps.timer = setTimeout(runSteps, 0);
    } else if (steps.done) {
      const done = steps.done;
      steps.done = null;
      done();
    }
  }

  function dropSteps() {
    steps.queue.length = 0;
    steps.done = null;
  }

  // The link to what is shown (the buffer, the options, the selected row), in the address bar
  // as well.
  function updateLink() {
    // A link holds the buffer up to 512 KiB (Chromium takes URLs of 2 MB); a larger one is left
    // out, and the link says so.
    if (state.bytes.length > LINK_BYTES) {
      ui.permalink.href = "#";
      ui.permalink.textContent = "No link: the buffer is over 512 KiB";
      if (location.hash) history.replaceState(null, "", location.pathname + location.search);
      return;
    }
    ui.permalink.textContent = "Link to this buffer";
    const link = fragmentOf(state.bytes);
    ui.permalink.href = link;
    if (location.hash !== link) history.replaceState(null, "", link);
  }

  function setStatus(kind, text) {
    ui.status.dataset.state = kind;
    ui.status.textContent = text;
  }

  function clearOutput() {
    dropSteps();
    state.plain = [];
    state.doc = null; state.bad = null; state.badByte = -1; state.sel = null;
    state.bytes = new Uint8Array(0);
    ui.tree.replaceChildren(); ui.entries.replaceChildren(); ui.hex.replaceChildren();
    ui.json.textContent = ""; ui.selection.textContent = "";
    ui.error.hidden = true; ui.error.textContent = "";
    ui.copy.disabled = true; ui.download.disabled = true;
  }

  // ---- rendering -------------------------------------------------------------------------

  function render() {
    const doc = state.doc, bytes = state.bytes;
    dropSteps();
    ui.selection.textContent = "";
    for (const box of [ui.tree, ui.entries, ui.hex]) box.scrollTop = 0;
    ui.tree.tabIndex = 0;
    ui.entries.tabIndex = 0;
    ui.error.hidden = doc.ok;
    state.bad = null; state.badByte = -1; state.sel = null;
    ui.error.replaceChildren();
    if (!doc.ok) {
      const e = doc.error;
      const where = e.offset === null ? "" : "at offset " + e.offset + " (0x" + e.offset.toString(16) + "): ";
      ui.error.append(el("strong", "", "Error "), where + e.message + " ", el("code", "", "[" + e.rule + "]"));
      if (e.offset !== null) {
        state.badByte = e.offset;
        const end = e.rule === "trailing_bytes" ? bytes.length : Math.min(e.offset + 4, bytes.length);
        state.bad = [e.offset, Math.max(end, e.offset)];
      }
    }
    ui.json.textContent = doc.json === null ? "(none: the buffer does not decode)" : doc.json;
    ui.copy.disabled = doc.json === null;
    ui.download.disabled = false;
    renderRows(ui.tree, treeRows(doc, bytes.length));
    renderRows(ui.entries, entryRows(doc));
    renderHex();
  }

  // The rows of a list, each with its text parts ([class, text]), its level and the bytes it
  // covers, written as one string of HTML (one parse for thousands of rows); clicks are
  // handled by the list (bind).
  // A tree row's indentation: two spaces a level (the rows are preformatted text; the
  // dissection's lines carry their own).
  const INDENT = Array.from({ length: 32 }, (_, n) => "  ".repeat(n));

  function renderRows(list, rows) {
    const first = Math.min(rows.length, FIRST_ROWS);
    list.innerHTML = rowsHtml(list, rows, 0, first);
    for (let from = first; from < rows.length; from += STEP_ROWS) {
      const to = Math.min(from + STEP_ROWS, rows.length);
      later(() => list.insertAdjacentHTML("beforeend", rowsHtml(list, rows, from, to)));
    }
  }

  function rowsHtml(list, rows, from, to) {
    const tree = list === ui.tree;
    let html = "";
    for (let i = from; i < to; i++) {
      const row = rows[i];
      let text = "";
      for (let j = 0; j < row.parts.length; j++) {
        const [cls, part] = row.parts[j];
        // Two spaces between the parts: the row's text reads as it looks.
        text += (j > 0 ? "  " : "") + (cls ? '<span class="' + cls + '">' + escapeHtml(part) + "</span>" : escapeHtml(part));
      }
      html += '<li class="row' + (row.kind ? " " + row.kind : "") + '" role="' + (tree ? "treeitem" : "option") + '"'
        + (tree ? ' aria-level="' + (row.level + 1) + '"' : "")
        + ' data-start="' + row.start + '" data-end="' + row.end + '" data-index="' + i + '" tabindex="-1">'
        + (tree ? INDENT[Math.min(row.level, INDENT.length - 1)] : "") + text + "</li>";
    }
    return html;
  }

  function entryRows(doc) {
    const rows = doc.entries.map((e) => ({
      level: e.depth, start: e.offset, end: e.end, kind: e.kind + (e.padding_nonzero ? " nonzero" : ""),
      parts: [["line", e.line]],
    }));
    if (!doc.ok) rows.push(errorRow(doc.error, doc.entries.length ? 0 : 0));
    return rows;
  }

  function errorRow(error, level) {
    const at = error.offset === null ? 0 : error.offset;
    const text = "error" + (error.offset === null ? "" : " at offset " + error.offset) + ": " + error.message;
    return { level: level, start: at, end: at, kind: "error-row", parts: [["line", text]] };
  }

  // The decoded tree, from the dissection's entries: a list, its properties (by name), their
  // values (syntax and value), a nested list's properties under its value; a control's typed
  // output under the output.
  function treeRows(doc, length) {
    const rows = [];
    const shortNames = new Map();
    const short = (name, syntax) => {
      const key = name || syntax || "";
      let text = shortNames.get(key);
      if (text === undefined) { text = key.replace(/^CLUSPROP_SYNTAX_/, ""); shortNames.set(key, text); }
      return text;
    };
    const listName = { property_list: "property list", value_list: "value list" };
    const output = doc.control ? doc.control.output : null;
    const rootKind = doc.target === "control" ? output : doc.target;
    if (rootKind === "property_list" || rootKind === "value_list" || rootKind === "value_lists") {
      const root = { level: 0, start: 0, end: length, kind: "list", parts: [["label", rootKind === "value_lists" ? "value lists" : listName[rootKind]], ["detail", length + " bytes"]] };
      rows.push(root);
    }
    const property = []; // the open property row at each depth
    const base = rows.length ? 1 : 0;
    for (const e of doc.entries) {
      const d = e.depth, level = base + 2 * d;
      switch (e.kind) {
        case "count":
          if (d === 0) rows[0].parts[1][1] = e.value + (e.value === 1 ? " property, " : " properties, ") + length + " bytes";
          break;
        case "name": {
          const row = { level: level, start: e.offset, end: e.end, kind: "property", parts: [["label name", e.value]] };
          property[d] = row; rows.push(row);
          break;
        }
        case "value": {
          const inProperty = property[d] !== undefined;
          const valueLevel = inProperty ? level + 1 : level;
          const v = e.value;
          if (v !== null && typeof v === "object" && !Array.isArray(v) && !("properties" in v) && !("values" in v)) {
            // A typed structure (a resource class, a SCSI address, a partition, …): its fields
            // under it, as the canonical JSON names them.
            rows.push({ level: valueLevel, start: e.offset, end: e.end, kind: "value",
              parts: [["syntax", short(e.syntax_name, e.syntax)]] });
            jsonRows(v, valueLevel + 1, e.offset, e.end, rows);
          } else {
            rows.push({ level: valueLevel, start: e.offset, end: e.end, kind: "value",
              parts: [["syntax", short(e.syntax_name, e.syntax)], ["val", e.text]] });
          }
          if (inProperty) property[d].end = e.end;
          break;
        }
        case "end_mark":
          if (property[d] !== undefined) { property[d].end = e.end; property[d] = undefined; }
          else rows.push({ level: level, start: e.offset, end: e.end, kind: "mark", parts: [["label", "end of the value list"]] });
          break;
        case "trailing_end_mark":
          rows.push({ level: level, start: e.offset, end: e.end, kind: "mark", parts: [["label", "end mark of the list"]] });
          break;
        case "trailing_bytes":
          rows.push({ level: level, start: e.offset, end: e.end, kind: "trailing", parts: [["label", "trailing bytes"], ["val", e.text]] });
          break;
        case "output":
          rows.push({ level: 0, start: e.offset, end: e.end, kind: "output", parts: [["label", "output"], ["detail", (output || "undocumented").replace(/_/g, " ")]] });
          if (doc.output !== null) jsonRows(doc.output, 1, e.offset, e.end, rows);
          break;
      }
    }
    if (doc.target === "control" && doc.ok && doc.entries.length === 0) {
      rows.push({ level: 0, start: 0, end: 0, kind: "output", parts: [["label", "no output"], ["detail", "(this control returns nothing)"]] });
    }
    if (!doc.ok) rows.push(errorRow(doc.error, 0));
    return rows;
  }

  // A typed structure's JSON as rows: key, then value (objects and arrays one level deeper).
  function jsonRows(value, level, start, end, rows, key) {
    const label = key === undefined ? [] : [["label", key]];
    if (value !== null && typeof value === "object") {
      if (key !== undefined) rows.push({ level: level, start: start, end: end, kind: "field", parts: label });
      const inner = key === undefined ? level : level + 1;
      for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
        jsonRows(v, inner, start, end, rows, Array.isArray(value) ? "[" + k + "]" : k);
      }
    } else {
      rows.push({ level: level, start: start, end: end, kind: "field", parts: label.concat([["val", JSON.stringify(value)]]) });
    }
  }

  // ---- selection and keyboard ------------------------------------------------------------

  function select(list, li, focus = true) {
    for (const other of [ui.tree, ui.entries]) {
      const current = other.querySelector('[aria-selected="true"]');
      if (current) { current.setAttribute("aria-selected", "false"); current.tabIndex = -1; }
    }
    li.setAttribute("aria-selected", "true");
    // One tab stop a list: the selected row, or the list itself when the selection is elsewhere.
    li.tabIndex = 0;
    ui.tree.tabIndex = list === ui.tree ? -1 : 0;
    ui.entries.tabIndex = list === ui.entries ? -1 : 0;
    if (focus) li.focus({ preventScroll: true });
    scrollWithin(list, li);
    const start = Number(li.dataset.start), end = Number(li.dataset.end);
    state.sel = end > start ? [start, end] : null;
    ui.selection.textContent = end > start
      ? "(selected: bytes " + start + " to " + (end - 1) + ", 0x" + start.toString(16) + "–0x" + (end - 1).toString(16) + ", " + (end - start) + " bytes)"
      : "";
    drawHex();
    const mark = ui.hex.querySelector("mark.sel");
    if (mark) scrollWithin(ui.hex, mark);
    updateLink();
  }

  // Scrolls `box` (and not the page) so that `item` shows.
  function scrollWithin(box, item) {
    const top = item.offsetTop, bottom = top + item.offsetHeight;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(top, bottom - box.clientHeight);
  }

  function rowKeys(list) {
    list.addEventListener("keydown", (event) => {
      const items = list.children;
      if (!items.length) return;
      const current = list.querySelector('[aria-selected="true"]');
      let i = current && current.parentNode === list ? Number(current.dataset.index) : -1;
      const page = 10;
      switch (event.key) {
        case "ArrowDown": i = Math.min(i + 1, items.length - 1); break;
        case "ArrowUp": i = Math.max(i - 1, 0); break;
        case "PageDown": i = Math.min(i + page, items.length - 1); break;
        case "PageUp": i = Math.max(i - page, 0); break;
        case "Home": i = 0; break;
        case "End": i = items.length - 1; break;
        default: return;
      }
      event.preventDefault();
      select(list, items[i]);
    });
    list.addEventListener("focus", () => {
      if (!list.querySelector('[aria-selected="true"]') && list.children.length) select(list, list.children[0]);
    });
  }

  // ---- the byte view ---------------------------------------------------------------------

  // 16 bytes a row: offset, hex, ASCII. The rows without a mark are plain text, one text node
  // before the marked rows and one after; the marked rows (the selection's, the error's and its
  // ^^ line) are HTML between them, drawn again when the selection changes.
  function renderHex() {
    const rows = Math.ceil(state.bytes.length / 16);
    state.caret = caretAt(state.badByte, state.bytes.length);
    state.plain = new Array(rows);
    drawHex(FIRST_ROWS);
  }

  // Draws the byte view: `limit` rows now (all of them by default), the rest in later steps.
  function drawHex(limit) {
    const rows = state.plain.length;
    const token = ++state.hexDraws;
    let first = rows, last = -1;
    const cover = (range) => {
      if (range && range[1] > range[0]) {
        first = Math.min(first, Math.floor(range[0] / 16));
        last = Math.max(last, Math.min(rows - 1, Math.floor((range[1] - 1) / 16)));
      }
    };
    cover(state.sel);
    cover(state.bad);
    if (state.caret) { first = Math.min(first, state.caret.row); last = Math.max(last, state.caret.row); }
    const shown = Math.max(Math.min(limit === undefined ? rows : limit, rows), last + 1);
    const before = document.createTextNode(""), after = document.createTextNode("");
    const marked = document.createElement("span");
    marked.className = "marked";
    if (rows === 0) {
      before.data = "(no bytes)\n";
      if (state.caret) marked.innerHTML = caretHtml();
    } else if (last < 0) {
      before.data = plainText(0, shown);
    } else {
      before.data = plainText(0, first);
      let html = "";
      for (let r = first; r <= last; r++) html += rowHtml(r) + (state.caret && state.caret.row === r ? caretHtml() : "");
      marked.innerHTML = html;
      after.data = plainText(last + 1, shown);
    }
    ui.hex.replaceChildren(before, marked, after);
    for (let from = shown; from < rows; from += 16 * STEP_ROWS / 8) {
      const to = Math.min(from + 16 * STEP_ROWS / 8, rows);
      later(() => { if (state.hexDraws === token) after.appendData(plainText(from, to)); });
    }
  }

  // Where the line with ^^ goes: under the error's byte, or after the last byte for an error at
  // the end of the buffer.
  function caretAt(at, length) {
    if (at < 0) return null;
    if (at < length || length % 16 !== 0) return { row: Math.floor(at / 16), column: at % 16, end: at >= length };
    return { row: length / 16 - 1, column: 16, end: true };
  }

  function caretHtml() {
    const c = state.caret, at = state.badByte;
    const column = 10 + 3 * c.column + (c.column >= 8 ? 1 : 0);
    return '<span class="caret" data-error-offset="' + at + '">' + " ".repeat(column) + "^^ error at offset " + at + (c.end ? " (the end of the buffer)" : "") + "</span>\n";
  }

  const HEX = Array.from({ length: 256 }, (_, b) => (b < 16 ? "0" : "") + b.toString(16));
  const ASCII = Array.from({ length: 256 }, (_, b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : "."));

  // Rows `from` to `to` as text, each made once.
  function plainText(from, to) {
    let text = "";
    for (let r = from; r < to; r++) {
      let row = state.plain[r];
      if (row === undefined) row = state.plain[r] = plainRow(r);
      text += row;
    }
    return text;
  }

  // A row as text.
  function plainRow(r) {
    const bytes = state.bytes, start = r * 16, end = Math.min(start + 16, bytes.length);
    let hex = "", ascii = "";
    for (let i = start; i < start + 16; i++) {
      hex += (i < end ? HEX[bytes[i]] : "  ") + (i === start + 7 ? "  " : " ");
      if (i < end) ascii += ASCII[bytes[i]];
    }
    return start.toString(16).padStart(8, "0") + "  " + hex + " |" + ascii + "|\n";
  }

  // A row as HTML, its selected and erroneous bytes marked.
  function rowHtml(r) {
    const bytes = state.bytes, start = r * 16, end = Math.min(start + 16, bytes.length);
    const classOf = (i) => {
      const sel = state.sel && i >= state.sel[0] && i < state.sel[1];
      const bad = state.bad && i >= state.bad[0] && i < state.bad[1];
      return (sel ? "sel" : "") + (bad ? (sel ? " bad" : "bad") : "");
    };
    let hex = "", ascii = "", open = "";
    for (let i = start; i < start + 16; i++) {
      const cls = i < end ? classOf(i) : "";
      if (cls !== open) {
        if (open) hex += "</mark>";
        if (cls) hex += '<mark class="' + cls + '">';
        open = cls;
      }
      if (i < end) {
        hex += HEX[bytes[i]];
        ascii += escapeHtml(ASCII[bytes[i]]);
      } else {
        hex += "  ";
      }
      // The space after a byte belongs to the mark when the next byte is marked the same way.
      if (open && !(i + 1 < start + 16 && i + 1 < end && classOf(i + 1) === open)) { hex += "</mark>"; open = ""; }
      hex += i === start + 7 ? "  " : " ";
    }
    if (open) hex += "</mark>";
    return start.toString(16).padStart(8, "0") + "  " + hex + " |" + ascii + "|\n";
  }

  // ---- actions ---------------------------------------------------------------------------

  function copyJson() {
    const text = state.doc && state.doc.json;
    if (!text) return;
    const done = () => setStatus(ui.status.dataset.state, "Copied the canonical JSON (" + text.length + " characters).");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => copyByHand(text, done));
    } else {
      copyByHand(text, done);
    }
  }

  function copyByHand(text, done) {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (copied) done(); else setStatus(ui.status.dataset.state, "Could not copy: select the canonical JSON below and copy it.");
  }

  function downloadBinary() {
    const blob = new Blob([state.bytes], { type: "application/octet-stream" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "clusprop-buffer.bin";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  // ---- helpers ---------------------------------------------------------------------------

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    node.textContent = text;
    return node;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  // Long text without whitespace, in lines of `width` characters (hex and base64 ignore the
  // line breaks; one unbroken line of a large buffer is slow to lay out).
  function wrapText(text, width) {
    if (text.length <= width || /\s/.test(text)) return text;
    const lines = [];
    for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
    return lines.join("\n");
  }

  function toHex(bytes) {
    let text = "";
    for (const b of bytes) text += (b < 16 ? "0" : "") + b.toString(16);
    return text;
  }

  function toBase64(bytes) {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  start();
})();
