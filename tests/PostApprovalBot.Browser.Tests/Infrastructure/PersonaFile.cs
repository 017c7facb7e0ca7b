using YamlDotNet.RepresentationModel;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>What a Playground persona file says: its schema version, the signed-in user and the other people, as field maps.</summary>
public sealed record PersonaFile(string Version, IReadOnlyDictionary<string, string> CurrentUser, IReadOnlyList<IReadOnlyDictionary<string, string>> Users)
{
    public static PersonaFile Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var users = ((YamlSequenceNode)root["users"]).Children.Select(u => Fields((YamlMappingNode)u)).ToList();
        return new PersonaFile(((YamlScalarNode)root["version"]).Value ?? "", Fields((YamlMappingNode)root["currentUser"]), users);
    }

    private static Dictionary<string, string> Fields(YamlMappingNode node) =>
        node.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value ?? "", c => (c.Value as YamlScalarNode)?.Value ?? "");
}
