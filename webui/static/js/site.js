// Progress of background jobs. A page that shows a busy job asks for its JSON state every second and
// updates the box in place (phase, pages done, progress bar, error). When the job ends, the parts of
// the page marked data-live (or the review screen) are fetched again and swapped in place: the page
// never reloads, so a link the user clicked is never cancelled.
(function () {
  "use strict";
  var pollers = {};  // job URL -> interval id: one poller per job, however often the page is refreshed

  function busy(state) { return state === "queued" || state === "running"; }

  function setText(el, text) { if (el.textContent !== text) { el.textContent = text; } }

  function child(box, selector, make) {
    var el = box.querySelector(selector);
    if (!el && make) { el = make(); }
    return el;
  }

  function render(box, j) {
    box.className = "job job-" + j.state;
    var p = child(box, ".job-text", function () {
      var e = document.createElement("p"); e.className = "job-text"; box.insertBefore(e, box.firstChild); return e;
    });
    var st = child(box, ".job-state", function () {
      var e = document.createElement("span"); e.className = "job-state"; p.appendChild(e); return e;
    });
    setText(st, j.state_text || "");
    var ph = child(box, ".job-phase", j.busy && j.phase_text ? function () {
      var e = document.createElement("span"); e.className = "job-phase"; p.appendChild(e); return e;
    } : null);
    if (ph) { setText(ph, j.busy && j.phase_text ? " — " + j.phase_text : ""); }
    var cnt = child(box, ".job-count", j.total ? function () {
      var e = document.createElement("span"); e.className = "job-count"; p.appendChild(e); return e;
    } : null);
    if (cnt) { setText(cnt, j.total ? " (" + (j.count_text || (j.done + "/" + j.total)) + ")" : ""); }
    var bar = box.querySelector("progress");
    if (j.busy) {
      if (!bar) {
        bar = document.createElement("progress");
        bar.setAttribute("aria-label", box.getAttribute("data-progress-label") || "");
        box.insertBefore(bar, p.nextSibling);
      }
      if (j.total) { bar.max = j.total; bar.value = j.done; } else { bar.removeAttribute("value"); }
    } else if (bar) {
      bar.remove();
    }
    var err = box.querySelector(".job-error");
    if (j.error) {
      if (!err) { err = document.createElement("p"); err.className = "job-error"; err.setAttribute("role", "alert"); box.appendChild(err); }
      setText(err, j.error);
    } else if (err) {
      err.remove();
    }
  }

  function boxesFor(url) {
    return Array.prototype.filter.call(document.querySelectorAll("[data-job]"), function (b) {
      return b.getAttribute("data-job") === url;
    });
  }

  // Swap the data-live parts of the page for fresh ones (never one the user is typing in or has chosen
  // a file in); a page can instead handle "phoei:job-done" itself and cancel the event.
  function refreshLive() {
    var regions = document.querySelectorAll("[data-live][id]");
    if (!regions.length) { return Promise.resolve(); }
    return fetch(window.location.pathname + window.location.search, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var doc = new DOMParser().parseFromString(html, "text/html");
        regions.forEach(function (old) {
          var fresh = doc.getElementById(old.id);
          if (!fresh || old.contains(document.activeElement)) { return; }
          var picked = Array.prototype.some.call(old.querySelectorAll("input[type=file]"), function (i) {
            return i.files && i.files.length;
          });
          if (picked) { return; }
          old.replaceWith(document.importNode(fresh, true));
        });
        window.phoeiPollJobs(document);
      });
  }

  function finished(url, j) {
    var ev = new CustomEvent("phoei:job-done", { detail: { url: url, job: j }, cancelable: true });
    if (document.dispatchEvent(ev)) { refreshLive(); }
  }

  function poll(box) {
    var url = box.getAttribute("data-job");
    if (!url || pollers[url] || !busy((box.className.match(/job-(\w+)/) || [])[1])) { return; }
    pollers[url] = setInterval(function () {
      if (!boxesFor(url).length) { clearInterval(pollers[url]); delete pollers[url]; return; }
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (j) {
          if (!j || !pollers[url]) { return; }
          boxesFor(url).forEach(function (b) { render(b, j); });
          if (!j.busy) {
            clearInterval(pollers[url]);
            delete pollers[url];
            finished(url, j);
          }
        })
        .catch(function () { /* try again on the next tick */ });
    }, 1000);
  }

  window.phoeiPollJobs = function (root) { (root || document).querySelectorAll("[data-job]").forEach(poll); };
  document.addEventListener("DOMContentLoaded", function () { window.phoeiPollJobs(document); });
})();
