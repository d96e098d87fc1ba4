// Forms that help (issue #18, item 6), once for every form of the product: after a refused save the page's error
// summary ("Formuläret innehåller fel") takes the focus and links to each field in error, and each such field carries
// aria-invalid="true" and aria-describedby pointing to its own message (WCAG 2.1 3.3.1 and 3.3.3, the pattern of
// GOV.UK's design system). Forms built on the shared fragments (templates/fragments/form.html) get all of that from the
// server, so it holds without JavaScript; this script moves the focus to the summary, keeps a link's target in view,
// and — for the forms not yet on the fragments — ties the server's marks together: the summary's list items name their
// field (data-field), fields in error have the class field--error. It runs on a full page and on every htmx swap.
(function () {
  'use strict';

  var CONTROL = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea';

  function title() {
    return document.documentElement.getAttribute('data-error-summary') || 'Formuläret innehåller fel';
  }

  function controlsNamed(name) {
    return Array.prototype.filter.call(document.querySelectorAll(CONTROL), function (c) {
      return c.name === name || c.id === name || c.id === name.replace(/\./g, '-');
    });
  }

  // The control a summary item names: among those of that name, the first after the summary (several forms of one
  // page may share a field name; the summary stands above the form it speaks for).
  function controlFor(name, summary) {
    var all = controlsNamed(name);
    for (var i = 0; i < all.length; i++) {
      if (summary.compareDocumentPosition(all[i]) & Node.DOCUMENT_POSITION_FOLLOWING) { return all[i]; }
    }
    return all[0] || null;
  }

  function ensureId(el, prefix) {
    if (!el.id) {
      var n = 1;
      while (document.getElementById(prefix + n)) { n++; }
      el.id = prefix + n;
    }
    return el.id;
  }

  function labelText(control) {
    var label = control.id && document.querySelector('label[for="' + control.id + '"]');
    return label ? label.textContent.trim() : (control.getAttribute('aria-label') || control.name);
  }

  // Marks one control invalid and makes sure its message stands in its field and is read with it.
  function mark(control, text) {
    var field = control.closest('.field') || control.parentElement;
    field.classList.add('field--error');
    var message = field.querySelector('.field__error');
    if (!message && text) {
      message = document.createElement('p');
      message.className = 'field__error';
      message.textContent = text;
      var anchor = control.closest('label') && control.closest('label') !== field ? control.closest('label') : control;
      if (field.contains(anchor)) { anchor.parentNode.insertBefore(message, anchor); } else { field.insertBefore(message, field.firstChild); }
    }
    var group = control.type === 'radio' || control.type === 'checkbox'
      ? field.querySelectorAll('input[name="' + control.name + '"]') : [control];
    Array.prototype.forEach.call(group, function (c) {
      c.setAttribute('aria-invalid', 'true');
      if (message) {
        var id = message.id || (message.id = ensureId(c, 'field-') + '-error');
        var described = (c.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
        if (described.indexOf(id) < 0) { described.unshift(id); }
        c.setAttribute('aria-describedby', described.join(' '));
      }
    });
    return message ? message.textContent.trim() : text;
  }

  function link(control, text) {
    var a = document.createElement('a');
    a.href = '#' + ensureId(control, 'field-');
    a.textContent = text;
    return a;
  }

  function enhance(summary) {
    if (summary.hasAttribute('data-enhanced')) { return; }
    summary.setAttribute('data-enhanced', '');
    var list = summary.querySelector('ul');
    var done = [];
    Array.prototype.forEach.call(summary.querySelectorAll('li[data-field]'), function (li) {
      var control = controlFor(li.getAttribute('data-field'), summary);
      if (!control || done.indexOf(control) >= 0) { return; }
      done.push(control);
      var text = li.textContent.trim();
      mark(control, text);
      if (!li.querySelector('a')) { li.textContent = ''; li.appendChild(link(control, text)); }
    });
    // fields the server marked in error without naming them in the summary
    var form = summary.closest('form') || summary.parentElement;
    while (!summary.closest('form') && form.parentElement && form !== document.body && !form.querySelector('.field--error, [aria-invalid="true"]')) {
      form = form.parentElement;
    }
    Array.prototype.forEach.call(form.querySelectorAll('.field--error, [aria-invalid="true"]'), function (el) {
      var control = el.matches(CONTROL) ? el : el.querySelector(CONTROL);
      if (!control || done.indexOf(control) >= 0) { return; }
      done.push(control);
      var message = el.querySelector && el.querySelector('.field__error');
      var text = mark(control, message ? message.textContent.trim() : labelText(control));
      if (!list) { list = summary.appendChild(document.createElement('ul')); }
      if (!summary.querySelector('a[href="#' + ensureId(control, 'field-') + '"]')) {
        var li = document.createElement('li');
        li.appendChild(link(control, text));
        list.appendChild(li);
      }
    });
    if (!done.length) { return; }
    summary.classList.add('error-summary');
    if (!summary.querySelector('h2, h3')) {
      var h = document.createElement('h2');
      h.textContent = title();
      summary.insertBefore(h, summary.firstChild);
    }
    summary.setAttribute('tabindex', '-1');
    summary.addEventListener('click', function (e) {
      var a = e.target.closest('a[href^="#"]');
      var target = a && document.getElementById(a.getAttribute('href').slice(1));
      if (!target) { return; }
      e.preventDefault();
      var label = target.id && document.querySelector('label[for="' + target.id + '"]');
      (label || target).scrollIntoView({block: 'center'});
      target.focus();
    });
    return true;
  }

  function refused(root, takeFocus) {
    var summaries = Array.prototype.slice.call(root.querySelectorAll('.error-summary, .alert--error[role=alert]'));
    if (root.matches && root.matches('.error-summary, .alert--error[role=alert]')) {
      summaries.unshift(root);
    }
    var first = null;
    summaries.forEach(function (s) {
      enhance(s);
      if (!first && s.offsetParent !== null) { first = s; }
    });
    // the refusal is where the person looks next: the first visible summary takes the focus
    if (takeFocus && first && !first.contains(document.activeElement)) {
      if (!first.hasAttribute('tabindex')) { first.setAttribute('tabindex', '-1'); }
      first.focus();
    }
  }

  // In place (htmx), only the answer to a save takes the focus: a part of the page that refreshes itself (a progress
  // poll) never pulls the focus away from where the person is.
  var saving = false;
  document.addEventListener('htmx:beforeRequest', function (e) {
    var verb = e.detail.requestConfig && e.detail.requestConfig.verb;
    saving = !!verb && verb.toLowerCase() !== 'get';
  });
  document.addEventListener('htmx:afterSettle', function () { saving = false; });
  document.addEventListener('htmx:load', function (e) { refused(e.detail.elt, saving); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { refused(document.body, true); });
  } else {
    refused(document.body, true);
  }
})();
