using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Authentication;

/// <summary>
/// Checks that an activity really comes from the Bot Framework channel service (PROTOCOLS.md §1):
/// RS256 JWT signed by a published key endorsed for the activity's channel, issued by api.botframework.com for our app id,
/// within its lifetime (5 minutes skew, checked against the system clock by Microsoft.IdentityModel), for the same serviceUrl as the activity.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    public const string Issuer = "https://api.botframework.com";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are trusted before they are fetched again.</summary>
    public static TimeSpan KeyCacheLifetime => SigningKeyCache.Lifetime;

    /// <summary>The least time between two refetches caused by tokens naming an unknown kid.</summary>
    public static TimeSpan UnknownKidRefetchInterval => SigningKeyCache.MinRefetchInterval;
    private const string ServiceUrlClaim = "serviceurl";
    private static readonly JsonWebTokenHandler Handler = new();

    private readonly TeamsOptions options;
    private readonly EmulatorModePolicy emulatorMode;
    private readonly TimeProvider time;
    private readonly SigningKeyCache keys;

    /// <param name="metadataClient">Used only to fetch the OpenID metadata and key set.</param>
    public BotFrameworkAuthenticator(HttpClient metadataClient, IOptions<TeamsOptions> options, EmulatorModePolicy emulatorMode, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(metadataClient);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.emulatorMode = emulatorMode ?? throw new ArgumentNullException(nameof(emulatorMode));
        this.time = time ?? TimeProvider.System;
        var metadataUrl = new Uri(this.options.OpenIdMetadataUrl, UriKind.Absolute);
        if (!SigningKeyCache.IsAcceptableEndpoint(metadataUrl))
        {
            throw new ArgumentException("OpenIdMetadataUrl must use https (http is accepted for loopback stand-ins only).", nameof(options));
        }

        keys = new SigningKeyCache(metadataClient, metadataUrl, this.time);
    }

    /// <summary>Authenticates one request. Throws <see cref="SigningKeysUnavailableException"/> on a key outage (answer 503).</summary>
    /// <param name="authorizationHeader">The raw Authorization header value, or null when absent.</param>
    /// <param name="remoteAddress">The caller's address; it matters only for <see cref="EmulatorModePolicy"/>.</param>
    public async Task<InboundAuthentication> AuthenticateAsync(
        string? authorizationHeader, Activity activity, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (emulatorMode.AllowsUnauthenticated(remoteAddress, activity))
        {
            return new InboundAuthentication.Authenticated(ViaEmulatorMode: true);
        }

        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            return Unauthorized("No app id is configured, and emulator mode does not apply to this request.");
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return Unauthorized("The Authorization header is missing.");
        }

        const string scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized("The Authorization scheme must be Bearer.");
        }

        var raw = authorizationHeader[scheme.Length..].Trim();
        JsonWebToken token;
        try
        {
            token = Handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return Unauthorized("The bearer token is not a well-formed JWT.");
        }

        // Checked before any key lookup: alg none and HMAC (keyed with a public key) are classic forgeries.
        if (token.Alg != SecurityAlgorithms.RsaSha256)
        {
            return Unauthorized($"The token algorithm '{token.Alg}' is not accepted; RS256 is required.");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return Unauthorized("The token names no signing key (kid).");
        }

        var key = await keys.FindAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return Unauthorized("The token is signed with a key that is not in the Bot Framework key set.");
        }

        var validation = await Handler.ValidateTokenAsync(raw, Parameters(key.Key)).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return Unauthorized($"The token is not valid: {Describe(validation.Exception)}");
        }

        return CheckChannelBinding(token, key, activity);
    }

    private static InboundAuthentication CheckChannelBinding(JsonWebToken token, EndorsedSigningKey key, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId))
        {
            return new InboundAuthentication.Refused(403, $"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        if (!token.TryGetPayloadValue(ServiceUrlClaim, out string? serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return Unauthorized("The token carries no serviceurl claim.");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return Unauthorized("The token was issued for another serviceUrl than the activity names.");
        }

        return new InboundAuthentication.Authenticated(ViaEmulatorMode: false);
    }

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = options.AppId,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
    };

    private static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "it has expired.",
        SecurityTokenNotYetValidException => "it is not valid yet.",
        SecurityTokenInvalidAudienceException => "it was issued for another audience.",
        SecurityTokenInvalidIssuerException => "it was issued by another issuer.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature does not verify.",
        SecurityTokenInvalidAlgorithmException => "its algorithm is not accepted.",
        SecurityTokenNoExpirationException => "it has no expiry.",
        null => "unknown reason.",
        _ => failure.GetType().Name + ".",
    };

    private static InboundAuthentication.Refused Unauthorized(string reason) => new(401, reason);
}
