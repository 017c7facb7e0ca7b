// The Teams tab: ask Teams for the person's SSO token, exchange it once for a session, then show the page asked for.
// Runs only inside Teams (the page is the tab's contentUrl); a plain browser is sent to the normal sign-in.
(async function () {
  var status = document.getElementById("tab-status");
  var target = document.body.dataset.returnUrl || "/web/drafts";
  function say(text) { status.textContent = text; }
  if (!window.microsoftTeams) { say("The Teams library did not load. Open the web view in a browser instead: " + location.origin + "/web"); return; }
  try {
    await microsoftTeams.app.initialize();
    var context = await microsoftTeams.app.getContext();
    sessionStorage.setItem("pab-theme", context.app.theme || "default");
    microsoftTeams.app.registerOnThemeChangeHandler(function (theme) { sessionStorage.setItem("pab-theme", theme); location.reload(); });
    document.cookie = "PostApprovalBot.InTeams=1; path=/web; SameSite=None; Secure";
    var token = await microsoftTeams.authentication.getAuthToken();
    var answer = await fetch("/web/teams/session", { method: "POST", headers: { Authorization: "Bearer " + token }, credentials: "include" });
    if (answer.status !== 204) { say("Teams could not sign you in (" + answer.status + "). Ask your administrator to check the app registration (docs/deployment.md)."); return; }
    microsoftTeams.app.notifySuccess();
    location.replace(target);
  } catch (error) {
    say("Teams could not sign you in: " + (error && error.message ? error.message : error) + ". Ask your administrator to grant the app consent (docs/deployment.md).");
  }
})();
