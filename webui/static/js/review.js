// The review screen: boxes over page images, selection, keyboard shortcuts, dragging a manual box,
// redacting selected text, preview, and forms that post without leaving the page.
(function () {
  "use strict";
  var root, selectedKey = null, selectedTab = null, preview = false;

  function rows() { return Array.prototype.slice.call(root.querySelectorAll(".proposal")); }

  // Boxes are percentages of the page's .sheet, which holds only the image: PDF points / page size.
  function placeBoxes() {
    root.querySelectorAll(".page").forEach(function (page) {
      var w = parseFloat(page.getAttribute("data-w")), h = parseFloat(page.getAttribute("data-h"));
      page.querySelectorAll(".box").forEach(function (box) {
        var r = box.getAttribute("data-rect").split(",").map(parseFloat);
        box.style.left = (r[0] / w * 100) + "%";
        box.style.top = (r[1] / h * 100) + "%";
        box.style.width = ((r[2] - r[0]) / w * 100) + "%";
        box.style.height = ((r[3] - r[1]) / h * 100) + "%";
      });
    });
    fitTags();
  }

  // A basis tag goes inside its box (as on the published PDF); a box too narrow for it has it beside,
  // on the box's own line (on the left near the page's right edge). Never above: that is another line.
  function fitTags() {
    root.querySelectorAll(".box .tag").forEach(function (tag) {
      var box = tag.parentElement;
      box.classList.remove("tag-beside", "tag-left");
      if (!box.clientWidth || tag.offsetWidth <= box.clientWidth) { return; }
      box.classList.add("tag-beside");
      var sheet = box.parentElement.getBoundingClientRect(), b = box.getBoundingClientRect();
      if (b.right + tag.offsetWidth + 4 > sheet.right) { box.classList.add("tag-left"); }
    });
  }

  function select(key, scroll) {
    selectedKey = key;
    root.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
    if (!key) { return; }
    root.querySelectorAll('[data-key="' + CSS.escape(key) + '"]').forEach(function (el) { el.classList.add("selected"); });
    var row = root.querySelector('.proposal[data-key="' + CSS.escape(key) + '"]');
    if (row && scroll) { row.scrollIntoView({ block: "nearest" }); row.focus({ preventScroll: true }); }
    var box = root.querySelector('.box[data-key="' + CSS.escape(key) + '"]');
    if (box && scroll === "page") { box.scrollIntoView({ block: "center" }); }
  }

  function move(step) {
    var list = rows();
    if (!list.length) { return; }
    var i = list.findIndex(function (r) { return r.getAttribute("data-key") === selectedKey; });
    i = i < 0 ? 0 : Math.min(list.length - 1, Math.max(0, i + step));
    select(list[i].getAttribute("data-key"), true);
    var box = root.querySelector('.box[data-key="' + CSS.escape(selectedKey) + '"]');
    if (box) { box.scrollIntoView({ block: "nearest" }); }
  }

  function setPreview(on) {
    preview = on;
    root.classList.toggle("preview", on);
    var b = root.querySelector("#btn-preview");
    if (b) { b.setAttribute("aria-pressed", on ? "true" : "false"); }
  }

  function alertError(msg) {
    var box = document.createElement("p");
    box.className = "flash flash-error";
    box.setAttribute("role", "alert");
    box.textContent = msg;
    root.insertBefore(box, root.firstChild);
  }

  function refresh() {
    return fetch(window.location.pathname, { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("review");
        if (fresh) { root.innerHTML = fresh.innerHTML; }
        init();
        if (selectedKey) { select(selectedKey, false); }
        if (window.phoeiPollJobs) { window.phoeiPollJobs(root); }
      });
  }

  function post(form, submitter) {
    var data = new FormData(form);
    if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    root.setAttribute("aria-busy", "true");
    return fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin",
                                headers: { "X-Requested-With": "fetch", "Accept": "application/json" } })
      .then(function (r) { return r.json().catch(function () { return { ok: r.ok }; }); })
      .then(function (j) {
        // Applying typed text makes a new check of it: the screen moves there.
        if (j && j.redirect) { window.location.assign(j.redirect); return; }
        return refresh().then(function () { if (j && j.ok === false) { alertError(j.error || "error"); } });
      })
      .finally(function () { root.removeAttribute("aria-busy"); });
  }

  function showTab(tab) {
    root.querySelectorAll("[role=tab]").forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      var panel = document.getElementById(t.getAttribute("aria-controls"));
      if (panel) { panel.hidden = !on; }
    });
    fitTags();
  }

  function manualBasis() {
    var sel = root.querySelector("#manual-basis");
    return sel ? sel.value : "15(5)";
  }

  // Every listener is added once, on #review (whose content a refresh replaces) or on the window and
  // document; they find their elements when the event comes. A refresh adds none.
  var drag = null;

  function onMouseDown(e) {
    var page = e.target.closest && e.target.closest(".page");
    if (!page || e.button !== 0 || e.target.closest(".box")) { return; }
    if (!root.querySelector("#manual-box-form") || root.getAttribute("data-can") !== "1") { return; }
    var sheet = page.querySelector(".sheet"), img = page.querySelector("img");
    e.preventDefault();
    var b = img.getBoundingClientRect();
    var rect = document.createElement("div");
    rect.className = "draw";
    sheet.appendChild(rect);
    drag = { page: page, x: e.clientX - b.left, y: e.clientY - b.top, b: b, rect: rect };
  }

  function onMouseMove(e) {
    if (!drag) { return; }
    var x = e.clientX - drag.b.left, y = e.clientY - drag.b.top, r = drag.rect;
    r.style.left = Math.min(x, drag.x) + "px";
    r.style.top = Math.min(y, drag.y) + "px";
    r.style.width = Math.abs(x - drag.x) + "px";
    r.style.height = Math.abs(y - drag.y) + "px";
  }

  function onMouseUp(e) {
    if (!drag) { return; }
    var d = drag, b = d.b, x = e.clientX - b.left, y = e.clientY - b.top;
    drag = null;
    var form = root.querySelector("#manual-box-form");
    var w = parseFloat(d.page.getAttribute("data-w")), h = parseFloat(d.page.getAttribute("data-h"));
    var sx = w / b.width, sy = h / b.height;
    var box = [Math.min(x, d.x) * sx, Math.min(y, d.y) * sy, Math.max(x, d.x) * sx, Math.max(y, d.y) * sy];
    if (!form || box[2] - box[0] < 3 || box[3] - box[1] < 3) { d.rect.remove(); return; }
    form.elements.page.value = d.page.getAttribute("data-page");
    form.elements.x0.value = box[0].toFixed(2); form.elements.y0.value = box[1].toFixed(2);
    form.elements.x1.value = box[2].toFixed(2); form.elements.y1.value = box[3].toFixed(2);
    form.elements.basis.value = manualBasis();
    post(form, null);
  }

  function offsetOf(node, off) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    while (el && !el.hasAttribute("data-start")) { el = el.parentElement; }
    if (!el) { return null; }
    return parseInt(el.getAttribute("data-start"), 10) + (node.nodeType === 3 ? off : 0);
  }

  function onSelectionChange() {
    var form = root && root.querySelector("#manual-text-form");
    var text = root && root.querySelector("#doctext");
    if (!form || !text) { return; }
    var button = form.querySelector("button");
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !text.contains(sel.anchorNode) || !text.contains(sel.focusNode)) {
      button.disabled = true;
      return;
    }
    var a = offsetOf(sel.anchorNode, sel.anchorOffset), b = offsetOf(sel.focusNode, sel.focusOffset);
    if (a === null || b === null || a === b) { button.disabled = true; return; }
    form.elements.start.value = Math.min(a, b);
    form.elements.end.value = Math.max(a, b);
    form.elements.basis.value = manualBasis();
    button.disabled = false;
  }

  function onClick(e) {
    var t = e.target;
    var mark = t.closest(".box, .doctext mark");
    if (mark) {
      e.preventDefault();
      select(mark.getAttribute("data-key"), true);
      return;
    }
    var tab = t.closest("[role=tab]");
    if (tab) { selectedTab = tab.id; showTab(tab); return; }
    if (t.closest("#btn-preview")) { setPreview(!preview); return; }
    var help = t.closest("#btn-help");
    if (help) {
      var panel = root.querySelector("#help");
      panel.hidden = !panel.hidden;
      help.setAttribute("aria-expanded", panel.hidden ? "false" : "true");
      return;
    }
    var row = t.closest(".proposal");
    if (row && !t.closest("button, select, a, input")) { select(row.getAttribute("data-key"), "page"); }
  }

  function onSubmit(e) {
    var form = e.target;
    if (!form.hasAttribute || !form.hasAttribute("data-enhance")) { return; }
    e.preventDefault();
    post(form, e.submitter);
  }

  // A page image the worker has not drawn yet answers 404: ask again a little later ("error" does not
  // bubble, so it is caught on its way down).
  function onImageError(e) {
    var img = e.target;
    if (!img || img.tagName !== "IMG") { return; }
    var tries = parseInt(img.getAttribute("data-tries") || "0", 10);
    if (tries >= 30) { return; }
    img.setAttribute("data-tries", String(tries + 1));
    setTimeout(function () { img.src = img.src.split("?")[0] + "?t=" + Date.now(); }, 1500);
  }

  function init() {
    placeBoxes();
    if (selectedTab) {
      var tab = root.querySelector("#" + CSS.escape(selectedTab));
      if (tab) { showTab(tab); }
    }
    setPreview(preview);
  }

  function listen() {
    root.addEventListener("click", onClick);
    root.addEventListener("submit", onSubmit);
    root.addEventListener("mousedown", onMouseDown);
    root.addEventListener("error", onImageError, true);
    window.addEventListener("resize", fitTags);
    window.addEventListener("mousemove", onMouseMove);
    window.addEventListener("mouseup", onMouseUp);
    document.addEventListener("selectionchange", onSelectionChange);
    // A job (analysis, apply) ended: this screen fetches its own content again (site.js's poller).
    document.addEventListener("phoei:job-done", function (e) { e.preventDefault(); refresh(); });
  }

  document.addEventListener("keydown", function (e) {
    if (!root || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") { return; }
    var row = selectedKey && root.querySelector('.proposal[data-key="' + CSS.escape(selectedKey) + '"]');
    var act = function (name) {
      var b = row && row.querySelector('[data-act="' + name + '"]');
      if (b) { b.click(); }
    };
    switch (e.key) {
      case "j": case "ArrowDown": if (e.key === "j" || document.activeElement.closest(".proposal")) { move(1); e.preventDefault(); } break;
      case "k": case "ArrowUp": if (e.key === "k" || document.activeElement.closest(".proposal")) { move(-1); e.preventDefault(); } break;
      case "a": act("accept"); e.preventDefault(); break;
      case "r": case "x": act("reject"); e.preventDefault(); break;
      case "b": if (row) { var s = row.querySelector("[data-basis]"); if (s) { s.focus(); e.preventDefault(); } } break;
      case "p": setPreview(!preview); e.preventDefault(); break;
      case "?": var h = root.querySelector("#btn-help"); if (h) { h.click(); } break;
      default: break;
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    root = document.getElementById("review");
    if (root) { listen(); init(); }
  });
})();
