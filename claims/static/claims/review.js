/* Keyboard shortcuts for the claim review page. Every shortcut acts on a plain link or form control
   that is on the page without this script: j/k follow the rel=next/prev links, c/r tick the first
   undecided attribution's confirm/reject box of the decision form, v/f/m/u choose a verdict and put
   the cursor in the note, ? shows the help section as an overlay. Nothing here talks to the server. */
(function () {
  "use strict";
  var STATUS = { v: "verified", f: "false", m: "misleading", u: "unverifiable" };

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function firstUndecided() {
    var rows = document.querySelectorAll("#attributions td.marks");
    for (var i = 0; i < rows.length; i++) {
      var boxes = rows[i].querySelectorAll("input[data-mark]");
      if (boxes.length && !Array.prototype.some.call(boxes, function (b) { return b.checked; })) return rows[i];
    }
    return null;
  }

  function mark(kind) {
    var cell = firstUndecided();
    if (!cell) return;
    var box = cell.querySelector('input[data-mark="' + kind + '"]');
    box.checked = true;
  }

  function verdict(status) {
    var radio = document.querySelector('#status-form input[name="decide-to_status"][value="' + status + '"]');
    if (!radio) return;
    radio.checked = true;
    var note = document.getElementById("id_decide-note");
    if (note) note.focus();
  }

  function help(show) {
    var box = document.getElementById("shortcuts");
    if (!box) return;
    box.classList.toggle("cp-overlay", show === undefined ? !box.classList.contains("cp-overlay") : show);
  }

  // Checking one box of a row unchecks the other: an attribution is confirmed or rejected, not both.
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("input[data-mark]") || !box.checked) return;
    box.closest("td").querySelectorAll("input[data-mark]").forEach(function (other) {
      if (other !== box) other.checked = false;
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { help(false); return; }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key;
    var link = null;
    if (key === "j") link = document.querySelector('a[rel="next"]');
    else if (key === "k") link = document.querySelector('a[rel="prev"]');
    if (link) { event.preventDefault(); window.location.assign(link.href); return; }
    if (key === "c" || key === "r") { event.preventDefault(); mark(key === "c" ? "confirm" : "reject"); return; }
    if (STATUS[key]) { event.preventDefault(); verdict(STATUS[key]); return; }
    if (key === "?") { event.preventDefault(); help(); }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href="#shortcuts"]');
    if (link) { event.preventDefault(); help(); }
  });
})();
