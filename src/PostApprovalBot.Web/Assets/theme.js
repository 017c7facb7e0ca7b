// Teams tells the tab its theme (default, dark, contrast); teams-tab.js keeps it for the session and every page applies it.
// In a plain browser nothing is kept and the page follows the system's light or dark setting.
(function () {
  var theme = sessionStorage.getItem("pab-theme");
  if (theme === "dark" || theme === "contrast") document.documentElement.dataset.theme = theme;
  else if (theme === "default") document.documentElement.dataset.theme = "light";
})();
