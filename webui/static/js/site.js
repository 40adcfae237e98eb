// Progress of background jobs: pages that show a job ask for its state until it is finished.
(function () {
  "use strict";
  function poll(box) {
    var url = box.getAttribute("data-job");
    var wasBusy = box.classList.contains("job-queued") || box.classList.contains("job-running");
    if (!wasBusy) { return; }
    var timer = setInterval(function () {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (j) {
          if (!j) { return; }
          box.className = "job job-" + j.state;
          var st = box.querySelector(".job-state"); if (st) { st.textContent = j.state_text; }
          var ph = box.querySelector(".job-phase"); if (ph) { ph.textContent = j.phase_text; }
          var cnt = box.querySelector(".job-count"); if (cnt && j.total) { cnt.textContent = "(" + j.done + "/" + j.total + ")"; }
          var bar = box.querySelector("progress");
          if (bar && j.total) { bar.max = j.total; bar.value = j.done; }
          if (!j.busy) {
            clearInterval(timer);
            window.location.reload();
          }
        })
        .catch(function () { /* try again on the next tick */ });
    }, 1000);
  }
  window.phoeiPollJobs = function (root) { (root || document).querySelectorAll("[data-job]").forEach(poll); };
  document.addEventListener("DOMContentLoaded", function () { window.phoeiPollJobs(document); });
})();
