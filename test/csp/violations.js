// Records every Content-Security-Policy violation of the page (test/csp/strict.html) in
// window.cspViolations, for csp.test.ts. The event is composed: violations inside shadow roots reach
// the document too.
window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.cspViolations.push({
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
    });
  },
  true,
);
