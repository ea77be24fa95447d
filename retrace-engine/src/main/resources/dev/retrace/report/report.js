(function () {
  'use strict';
  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  // Change filters: a change shows when its kind and its severity are both ticked.
  var changes = all('#changes .change');
  var kindBoxes = all('input[data-filter-kind]');
  var severityBoxes = all('input[data-filter-severity]');
  var counter = document.getElementById('change-count');
  var none = document.getElementById('no-visible-changes');

  function ticked(boxes, attribute) {
    var set = {};
    boxes.forEach(function (box) {
      if (box.checked) {
        set[box.getAttribute(attribute)] = true;
      }
    });
    return set;
  }

  function applyFilters() {
    var kinds = ticked(kindBoxes, 'data-filter-kind');
    var severities = ticked(severityBoxes, 'data-filter-severity');
    var shown = 0;
    changes.forEach(function (change) {
      var visible = kinds[change.getAttribute('data-kind')] === true
        && severities[change.getAttribute('data-severity')] === true;
      change.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    if (counter) {
      counter.textContent = shown + ' of ' + changes.length + ' shown';
    }
    if (none) {
      none.hidden = shown > 0 || changes.length === 0;
    }
  }

  kindBoxes.concat(severityBoxes).forEach(function (box) {
    box.addEventListener('change', applyFilters);
  });
  all('[data-filter-all="kind"]').forEach(function (button) {
    button.addEventListener('click', function () {
      kindBoxes.forEach(function (box) { box.checked = true; });
      applyFilters();
    });
  });
  all('[data-filter-none="kind"]').forEach(function (button) {
    button.addEventListener('click', function () {
      kindBoxes.forEach(function (box) { box.checked = false; });
      applyFilters();
    });
  });
  applyFilters();

  // Side by side: optionally hide rows whose two sides have the same words.
  var hideIdentical = document.getElementById('hide-identical');
  if (hideIdentical) {
    hideIdentical.addEventListener('change', function () {
      all('.alignment-row.identical').forEach(function (row) {
        row.hidden = hideIdentical.checked;
      });
    });
  }

  // Sentence references: reveal and flash the row holding the sentence.
  all('a.ref[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function () {
      var target = document.getElementById(link.getAttribute('href').slice(1));
      var row = target && target.closest('.row');
      if (!row) {
        return;
      }
      row.hidden = false;
      row.classList.remove('flash');
      void row.offsetWidth;
      row.classList.add('flash');
    });
  });
})();
