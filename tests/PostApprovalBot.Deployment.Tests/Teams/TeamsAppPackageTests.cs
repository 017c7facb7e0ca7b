using System.Text.Json;
using NJsonSchema;
using PostApprovalBot.Deployment.Tests.Support;

namespace PostApprovalBot.Deployment.Tests.Teams;

[Trait("Category", "Deployment")]
public sealed class TeamsAppPackageTests(TeamsAppPackage package) : IClassFixture<TeamsAppPackage>
{
    [Fact]
    public void Package_holds_exactly_the_manifest_and_two_icons_at_its_root()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.EntryNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Packaged_manifest_validates_against_the_newest_official_schema()
    {
        var schema = await JsonSchema.FromFileAsync(OfficialTeamsSchema.SchemaFile(OfficialTeamsSchema.Newest()));

        var errors = schema.Validate(package.ManifestText);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
    }

    [Fact]
    public void Manifest_declares_the_newest_schema_shipped_offline()
    {
        var newest = OfficialTeamsSchema.Newest();
        using var manifest = JsonDocument.Parse(RepositoryFiles.ReadText("manifest", "teams", "manifest.json"));

        Assert.Equal($"{newest.Major}.{newest.Minor}", manifest.RootElement.GetProperty("manifestVersion").GetString());
        Assert.Equal(
            $"https://developer.microsoft.com/en-us/json-schemas/teams/v{newest.Major}.{newest.Minor}/MicrosoftTeams.schema.json",
            manifest.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Packaging_fills_every_placeholder_with_the_given_app_id_and_host()
    {
        using var manifest = JsonDocument.Parse(package.ManifestText);
        var root = manifest.RootElement;

        Assert.DoesNotContain("{{", package.ManifestText, StringComparison.Ordinal);
        Assert.Equal(TeamsAppPackage.SampleAppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(
            [TeamsAppPackage.SampleHost],
            root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Bot_is_offered_in_personal_team_and_group_chats_with_every_command_in_personal_scope()
    {
        using var manifest = JsonDocument.Parse(package.ManifestText);
        var bot = manifest.RootElement.GetProperty("bots")[0];
        var personal = bot.GetProperty("commandLists").EnumerateArray()
            .Single(list => list.GetProperty("scopes").EnumerateArray().Any(s => s.GetString() == "personal"));

        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(
            ["new", "my drafts", "pending", "status", "help", "admin"],
            personal.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
    }

    [Fact]
    public void Colour_icon_is_192_pixels_square_and_in_full_colour()
    {
        var icon = PngImage.Decode(package.Entries["color.png"]);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Contains(icon.Pixels(), p => p.A == 255 && Math.Max(p.R, Math.Max(p.G, p.B)) - Math.Min(p.R, Math.Min(p.G, p.B)) > 64);
    }

    [Fact]
    public void Outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var icon = PngImage.Decode(package.Entries["outline.png"]);
        var pixels = icon.Pixels().ToList();

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel, "The outline icon needs an alpha channel for its transparent background.");
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"Pixel {p} is neither transparent nor white."));
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Contains(pixels, p => p.A == 0);
    }

    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void Committed_icon_is_what_the_drawing_script_draws(string icon)
    {
        using var scratch = new ScratchFolder();

        var run = ScriptRun.Run("python3", "manifest/teams/draw-icons.py", scratch.Path);

        // Pixels, not bytes: another zlib build may compress the same image differently.
        Assert.True(run.ExitCode == 0, run.Output);
        var drawn = PngImage.Decode(File.ReadAllBytes(System.IO.Path.Combine(scratch.Path, icon)));
        var committed = PngImage.Decode(package.Entries[icon]);
        Assert.Equal((committed.Width, committed.Height), (drawn.Width, drawn.Height));
        Assert.Equal(committed.Pixels(), drawn.Pixels());
    }

    [Theory]
    [InlineData("not-a-guid", TeamsAppPackage.SampleHost)]
    [InlineData(TeamsAppPackage.SampleAppId, "not a host")]
    public void Packaging_refuses_a_malformed_app_id_or_host(string appId, string host)
    {
        using var scratch = new ScratchFolder();
        var zip = System.IO.Path.Combine(scratch.Path, "appPackage.zip");

        var run = ScriptRun.Bash("scripts/package-teams-app.sh", appId, host, zip);

        Assert.NotEqual(0, run.ExitCode);
        Assert.False(File.Exists(zip));
    }
}
