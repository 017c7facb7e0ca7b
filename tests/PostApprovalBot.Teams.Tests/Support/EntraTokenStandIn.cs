using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>
/// A loopback https stand-in for the Entra token endpoint, with a certificate made for the test:
/// MSAL insists on https authorities, so the test client trusts exactly this certificate and nothing else.
/// </summary>
internal sealed class EntraTokenStandIn : IAsyncDisposable
{
    private LoopbackServer? server;
    private X509Certificate2? certificate;
    private int issued;

    public ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Form)> Requests { get; } = new();

    public Uri BaseUri => server!.BaseUri;

    /// <summary>When set, the endpoint refuses every request like Entra does a wrong secret.</summary>
    public bool RefuseClient { get; set; }

    public static async Task<EntraTokenStandIn> StartAsync()
    {
        var standIn = new EntraTokenStandIn { certificate = CreateCertificate() };
        standIn.server = await LoopbackServer.StartAsync(app => app.Run(standIn.AnswerAsync), standIn.certificate);
        return standIn;
    }

    /// <summary>An HttpClient that trusts only this stand-in's certificate.</summary>
    public HttpClient CreateTrustingClient()
    {
        var thumbprint = certificate!.Thumbprint;
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == thumbprint,
        };
        return new HttpClient(handler);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

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

        // Kestrel needs the private key in a form it can load; a PFX round trip gives it one on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
