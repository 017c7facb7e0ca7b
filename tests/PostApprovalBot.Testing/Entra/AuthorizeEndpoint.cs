using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Testing.Entra;

/// <summary>
/// /oauth2/v2.0/authorize and the sign-in page behind it. As Entra: an unknown app or an unregistered redirect URI is shown as an
/// error page (the browser is not sent anywhere); every later problem, and the code, goes back to the redirect URI.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static IResult Begin(OpenIdConnectStandIn standIn, IQueryCollection query)
    {
        var clientId = query["client_id"].ToString();
        if (standIn.Client(clientId) is not { } client)
            return EntraPages.Error("AADSTS700016", $"Application with identifier '{clientId}' was not found in the directory '{OpenIdConnectStandIn.TenantId}'.");
        var redirectUri = query["redirect_uri"].ToString();
        if (!client.RedirectUris.Contains(redirectUri, StringComparer.Ordinal))
            return EntraPages.Error("AADSTS50011", $"The redirect URI '{redirectUri}' specified in the request does not match the redirect URIs configured for the application '{clientId}'.");

        var state = query["state"].ToString();
        var responseMode = query["response_mode"].ToString() is { Length: > 0 } mode ? mode : "query";
        var scope = query["scope"].ToString();
        var problem = Problem(query, scope);
        if (problem is not null) return Answer(redirectUri, responseMode, new() { ["error"] = problem.Value.Error, ["error_description"] = problem.Value.Description, ["state"] = state });

        var grant = new AuthorizationGrant(client, redirectUri, query["code_challenge"].ToString(), query["nonce"].ToString(), scope, null, DateTimeOffset.UtcNow);
        var flow = standIn.Flows.BeginSignIn(grant, state, responseMode);
        return EntraPages.SignIn(LoginPath, flow, query["login_hint"].ToString(), null);
    }

    /// <summary>The person typed their e-mail on the sign-in page: an unknown one is told so, a known one goes back to the app with a code.</summary>
    public static IResult SignIn(OpenIdConnectStandIn standIn, IFormCollection form)
    {
        var flow = form["flow"].ToString();
        if (standIn.Flows.SignInInProgress(flow) is not { } signIn)
            return EntraPages.Error("AADSTS90014", "The sign-in session was not found or has already been used. Start again from the application.");
        var email = form["email"].ToString();
        if (standIn.Person(email) is not { } person)
            return EntraPages.SignIn(LoginPath, flow, email, "This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.");
        var code = standIn.Flows.CompleteSignIn(flow, person)!;
        return Answer(signIn.Grant.RedirectUri, signIn.ResponseMode, new() { ["code"] = code, ["state"] = signIn.State, ["session_state"] = Guid.NewGuid().ToString() });
    }

    private static string LoginPath => $"/{OpenIdConnectStandIn.TenantId}/login";

    private static (string Error, string Description)? Problem(IQueryCollection query, string scope)
    {
        if (query["response_type"].ToString() != "code")
            return ("unsupported_response_type", $"AADSTS700054: response_type '{query["response_type"]}' is not enabled for the application.");
        if (!scope.Split(' ').Contains("openid"))
            return ("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'scope' with 'openid'.");
        if (query["code_challenge"].ToString().Length == 0)
            return ("invalid_request", "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.");
        if (query["code_challenge_method"].ToString() != "S256")
            return ("invalid_request", "AADSTS501491: Invalid size of Code_Challenge parameter or code_challenge_method is not S256.");
        if (query["nonce"].ToString().Length == 0)
            return ("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'nonce'.");
        return null;
    }

    private static IResult Answer(string redirectUri, string responseMode, Dictionary<string, string> fields)
    {
        var present = fields.Where(f => f.Value.Length > 0).ToDictionary();
        if (responseMode == "form_post") return EntraPages.FormPost(redirectUri, present);
        var query = string.Join('&', present.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        return Results.Redirect($"{redirectUri}{(redirectUri.Contains('?') ? '&' : '?')}{query}");
    }
}
