using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Testing.Teams;

/// <summary>
/// A loopback https stand-in for the Entra token endpoint that MSAL calls (client credentials), with a certificate made for the test:
/// MSAL insists on https authorities, so the bot's Entra HTTP client is made to trust exactly that certificate and nothing else.
/// </summary>
public sealed class EntraStandIn : IAsyncDisposable
{
    private LoopbackHttp? server;
    private X509Certificate2? certificate;
    private int issued;

    public ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Form)> Requests { get; } = new();

    public Uri BaseUri => server!.BaseUri;

    /// <summary>When set, the endpoint refuses every request as Entra does a wrong client secret.</summary>
    public bool RefuseClient { get; set; }

    /// <summary>The authority host to configure as <c>Teams:AuthorityHost</c>.</summary>
    public string AuthorityHost => server!.BaseUri.ToString().TrimEnd('/');

    /// <summary>The token the connector stand-in should see: the last one handed out.</summary>
    public string LastToken => $"app-token-{Volatile.Read(ref issued)}";

    public static async Task<EntraStandIn> StartAsync()
    {
        var standIn = new EntraStandIn { certificate = CreateCertificate() };
        standIn.server = await LoopbackHttp.StartAsync(app => app.Run(standIn.AnswerAsync), standIn.certificate);
        return standIn;
    }

    /// <summary>A handler that trusts only this stand-in's certificate.</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = certificate!.Thumbprint;
        return new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == thumbprint };
    }

    /// <summary>An HttpClient that trusts only this stand-in's certificate.</summary>
    public HttpClient CreateTrustingClient() => new(CreateTrustingHandler());

    public async ValueTask DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
        certificate?.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
            : new Dictionary<string, string>();
        Requests.Enqueue((context.Request.Path.Value ?? "", form));
        context.Response.ContentType = "application/json";
        if (RefuseClient)
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync(new JsonObject
            {
                ["error"] = "invalid_client",
                ["error_description"] = "AADSTS7000215: Invalid client secret provided.",
            }.ToJsonString());
            return;
        }

        var number = Interlocked.Increment(ref issued);
        await context.Response.WriteAsync(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3599,
            ["ext_expires_in"] = 3599,
            ["access_token"] = $"app-token-{number}",
        }.ToJsonString());
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel needs the private key in a form it can load; a PFX round trip gives it one.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
