using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PostApprovalBot.Web.Assets;

/// <summary>The pages' stylesheet and scripts, embedded in the assembly and served from memory with a day's caching.</summary>
internal static class WebAssets
{
    private static readonly FrozenDictionary<string, (byte[] Content, string Type)> Files = Load();

    public static void MapWebAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/web/assets/{name}", (string name, HttpContext http) =>
        {
            if (!Files.TryGetValue(name, out var file)) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(file.Content, file.Type);
        }).AllowAnonymous();

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(WebAssets).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith("web/", StringComparison.Ordinal)).ToFrozenDictionary(
            n => n["web/".Length..],
            n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (copy.ToArray(), n.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            });
    }
}
