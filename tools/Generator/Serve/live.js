// Injected by `leaflet serve` only: reloads the page when a rebuild changed it, and shows the
// diagnostics of a failed build over the page until a build succeeds again, and a good build's
// warnings folded into one line at the foot of the page.
(() => {
  'use strict';
  const script = document.currentScript;
  const file = script.dataset.file;
  let build = Number(script.dataset.build);
  const overlayId = 'leaflet-live-problems';

  // The file this address would serve, as the server names its files.
  const requested = (() => {
    let path = decodeURIComponent(location.pathname).replace(/^\//, '');
    if (path === '' || path.endsWith('/')) path += 'index.html';
    return path;
  })();

  // Styles and pictures are shared by every page; a page, a PDF or the sitemap only by itself.
  const concernsThisPage = (changed) =>
    changed.some((path) => path === file || path === requested || !/\.(html|pdf|xml|txt)$/.test(path));

  const clearOverlay = () => document.getElementById(overlayId)?.remove();

  const showOverlay = (problems) => {
    clearOverlay();
    const box = document.createElement('div');
    box.id = overlayId;
    // The messages are English, left to right, whatever the language and direction of the page under them.
    box.lang = 'en';
    box.dir = 'ltr';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:2147483647;' +
      'margin:0;padding:1em;background:#fff;color:#1a1a1a;border-top:6px solid #b00020;' +
      'font:14px/1.4 monospace;white-space:pre-wrap;box-shadow:0 -2px 12px rgba(0,0,0,.3)';
    const title = document.createElement('strong');
    title.textContent = `The build failed (${problems.errors} error${problems.errors === 1 ? '' : 's'}); this is the last good build.`;
    const lines = document.createElement('pre');
    lines.style.cssText = 'margin:.5em 0 0;white-space:pre-wrap;font:inherit';
    lines.textContent = problems.lines.join('\n');
    box.append(title, lines);
    document.body.append(box);
  };

  const warningsId = 'leaflet-live-warnings';
  const showWarnings = (report) => {
    document.getElementById(warningsId)?.remove();
    if (report.warnings === 0) return;
    // A landmark of its own, folded: the page under it stays readable and its landmarks whole.
    const box = document.createElement('aside');
    box.id = warningsId;
    box.lang = 'en';
    box.dir = 'ltr';
    box.setAttribute('aria-label', 'Build warnings');
    box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:2147483646;' +
      'margin:0;padding:.5em 1em;background:#fff;color:#1a1a1a;border-top:4px solid #8a5a00;font:14px/1.4 monospace';
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `The build succeeded with ${report.warnings} warning${report.warnings === 1 ? '' : 's'}.`;
    const lines = document.createElement('pre');
    lines.style.cssText = 'margin:.5em 0 0;white-space:pre-wrap;font:inherit';
    lines.textContent = report.lines.join('\n');
    details.append(summary, lines);
    box.append(details);
    document.body.append(box);
  };

  const events = new EventSource('/_leaflet/events');
  events.addEventListener('build', (e) => {
    // Built while this page was not listening (the server restarted, or the tab slept): it may be stale.
    if (JSON.parse(e.data).build !== build) location.reload();
  });
  events.addEventListener('reload', (e) => {
    const data = JSON.parse(e.data);
    clearOverlay();
    if (concernsThisPage(data.changed)) location.reload();
    else build = data.build;
  });
  events.addEventListener('problems', (e) => showOverlay(JSON.parse(e.data)));
  events.addEventListener('warnings', (e) => showWarnings(JSON.parse(e.data)));
})();
