using PostApprovalBot.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PostApprovalBot.Deployment.Tests.Slack;

/// <summary>manifest/slack/manifest.yaml, read as YAML with its host placeholder filled in.</summary>
internal sealed class SlackAppManifest
{
    public const string SampleHost = "app-sample.azurewebsites.net";

    private SlackAppManifest(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static SlackAppManifest Load()
    {
        var text = RepositoryFiles.ReadText("manifest", "slack", "manifest.yaml").Replace("{{HOST}}", SampleHost, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return new SlackAppManifest((YamlMappingNode)yaml.Documents.Single().RootNode);
    }

    /// <summary>The scalar at a path of mapping keys, e.g. "settings", "interactivity", "request_url".</summary>
    public string Scalar(params string[] path) => ((YamlScalarNode)Node(path)).Value ?? string.Empty;

    public IReadOnlyList<string> List(params string[] path) =>
        ((YamlSequenceNode)Node(path)).Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToList();

    /// <summary>A list of flat records, e.g. the slash commands, as field name to scalar value.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Records(params string[] path) =>
        ((YamlSequenceNode)Node(path)).Children
            .Select(c => (IReadOnlyDictionary<string, string>)((YamlMappingNode)c).Children.ToDictionary(
                field => ((YamlScalarNode)field.Key).Value ?? string.Empty,
                field => (field.Value as YamlScalarNode)?.Value ?? string.Empty))
            .ToList();

    private YamlNode Node(params string[] path)
    {
        YamlNode node = Root;
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    /// <summary>Every scalar anywhere in the manifest that is an absolute URL.</summary>
    public IReadOnlyList<Uri> Urls() => Scalars(Root)
        .Where(s => s.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        .Select(s => new Uri(s, UriKind.Absolute))
        .ToList();

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Scalars),
        _ => [],
    };
}
