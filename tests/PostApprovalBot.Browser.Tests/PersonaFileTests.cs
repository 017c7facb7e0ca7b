using System.Text.Json;
using PostApprovalBot.Browser.Tests.Infrastructure;

namespace PostApprovalBot.Browser.Tests;

/// <summary>The persona files against the demo seed, and the schema check the Playground does silently.</summary>
[Trait("Category", "Browser")]
public sealed class PersonaFileTests
{
    private static readonly string[] Fields = ["id", "name", "userPrincipleName", "aadObjectId", "givenName", "surname", "email"];

    [Fact]
    public void Each_persona_file_signs_in_its_person_with_the_e_mail_the_demo_seed_knows()
    {
        var seeded = SeedEmails();
        foreach (var persona in Persona.All)
        {
            var file = PersonaFile.Read(persona.FilePath);
            Assert.Equal(persona.Email, file.CurrentUser["email"]);
            Assert.Equal(persona.Email, file.CurrentUser["userPrincipleName"]);
            Assert.Equal(persona.Name, file.CurrentUser["name"]);
            // Everyone but the newcomer has a role in the seed; the newcomer must not, or the refusal could not be shown.
            Assert.Equal(persona != Persona.Noah, seeded.Contains(persona.Email));
        }
    }

    [Fact]
    public void Each_persona_file_has_every_field_and_lists_the_five_other_people_with_the_same_ids_as_everywhere_else()
    {
        var files = Persona.All.ToDictionary(p => p, p => PersonaFile.Read(p.FilePath));
        var objectIds = files.ToDictionary(f => f.Key.Email, f => f.Value.CurrentUser["aadObjectId"]);
        Assert.Equal(objectIds.Count, objectIds.Values.Distinct().Count());
        foreach (var (persona, file) in files)
        {
            Assert.Equal("0.1.1", file.Version);
            Assert.All(file.Users.Append(file.CurrentUser), u => Assert.All(Fields, f => Assert.False(string.IsNullOrWhiteSpace(u.GetValueOrDefault(f)), $"{persona.File}.yml: {f}")));
            Assert.Equal(Persona.All.Where(p => p != persona).Select(p => p.Email).Order(), file.Users.Select(u => u["email"]).Order());
            Assert.All(file.Users, u => Assert.Equal(objectIds[u["email"]], u["aadObjectId"]));
        }
    }

    [Fact]
    public async Task A_persona_file_the_Playground_rejects_is_reported_when_it_starts_instead_of_exiting_silently()
    {
        var folder = Directory.CreateTempSubdirectory("persona-").FullName;
        try
        {
            var broken = Path.Combine(folder, "four-users.yml");
            var lines = File.ReadAllLines(Persona.Lena.FilePath).ToList();
            var adaEntry = lines.FindIndex(l => l.Trim() == "- id: user-ada");
            lines.RemoveRange(adaEntry, Fields.Length);
            await File.WriteAllLinesAsync(broken, lines);

            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                PlaygroundServer.StartAsync(broken, new Uri("http://127.0.0.1:9/api/messages"), RepositoryRoot.Artifacts("browser-tests")));

            Assert.Contains("breaks its schema", failure.Message);
            Assert.Contains(broken, failure.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static HashSet<string> SeedEmails()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "config", "seed.demo.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Collect(seed.RootElement, emails);
        return emails;
    }

    private static void Collect(JsonElement element, HashSet<string> emails)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "email" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        emails.Add(property.Value.GetString()!);
                    }

                    Collect(property.Value, emails);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, emails);
                }

                break;
        }
    }
}
