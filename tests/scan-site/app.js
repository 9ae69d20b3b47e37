// Set by script when the page loads: a cookie, both storages.
document.cookie = 'js_pref=SECRET-JS; max-age=86400; path=/';
localStorage.setItem('ls_key', 'SECRET-LS');
localStorage.setItem('ls\u001b]0;owned\u0007\n::error title=forged::pwned', 'SECRET-LS2');
sessionStorage.setItem('ss_key', 'SECRET-SS');
// Set by script 300 ms later.
setTimeout(function () {
  document.cookie = 'delayed_js=SECRET-DELAYED; max-age=3600; path=/';
}, 300);
// A sync pixel that carries a cookie value (js_pref's) in its path.
new Image().src = 'http://localhost:{port}/sync/id/SECRET-JS';
// Set by a response, then deleted by the next one.
fetch('/flag-set').then(function () { return fetch('/flag-clear'); });
