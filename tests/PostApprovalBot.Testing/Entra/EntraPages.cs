using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Testing.Entra;

/// <summary>The few pages the stand-in shows a browser: sign-in, the auto-submitting form_post answer, errors and messages.</summary>
internal static class EntraPages
{
    public static IResult SignIn(string flowAction, string flow, string? loginHint, string? error)
    {
        var alert = error is null ? "" : $"<p role=\"alert\" style=\"color:#a80000\">{Encode(error)}</p>";
        return Page("Sign in to your account", 200, $"""
            <h1>Sign in</h1>
            <p>Microsoft Entra ID stand-in, tenant {OpenIdConnectStandIn.TenantId}</p>
            <form method="post" action="{Encode(flowAction)}">
              <input type="hidden" name="flow" value="{Encode(flow)}">
              <label for="email">Email</label>
              <input id="email" name="email" type="email" autocomplete="username" value="{Encode(loginHint ?? "")}" autofocus>
              {alert}
              <button type="submit">Sign in</button>
            </form>
            """);
    }

    /// <summary>As Entra answers with response_mode=form_post: a form of hidden fields posted to the app by script.</summary>
    public static IResult FormPost(string redirectUri, IReadOnlyDictionary<string, string> fields)
    {
        var inputs = new StringBuilder();
        foreach (var (name, value) in fields) inputs.Append($"<input type=\"hidden\" name=\"{Encode(name)}\" value=\"{Encode(value)}\" />");
        return Page("Working...", 200, $"""
            <form method="POST" name="hiddenform" action="{Encode(redirectUri)}">{inputs}
              <noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit" /></noscript>
            </form>
            <script>document.forms[0].submit();</script>
            """);
    }

    /// <summary>An error Entra shows itself instead of sending the browser back (unknown app, unregistered redirect URI).</summary>
    public static IResult Error(string code, string description) =>
        Page("Sign in to your account", 400, $"<h1>Sorry, but we're having trouble signing you in.</h1><p role=\"alert\">{code}: {Encode(description)}</p>");

    public static IResult Message(string title, string text) => Page(title, 200, $"<h1>{Encode(title)}</h1><p>{Encode(text)}</p>");

    private static IResult Page(string title, int status, string body) => Results.Content(
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title></head><body><main>{body}</main></body></html>",
        "text/html; charset=utf-8", Encoding.UTF8, status);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
