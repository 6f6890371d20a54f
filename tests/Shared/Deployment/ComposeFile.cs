using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SanguoOrleans.Testing.Deployment;

/// <summary>Reads docker-compose.yml (anchors and merge keys resolved) the way the hosts would see it.</summary>
internal sealed class ComposeFile
{
    private readonly YamlMappingNode _services;

    private ComposeFile(YamlMappingNode services) => _services = services;

    public static ComposeFile Load()
    {
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, "docker-compose.yml"));
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new ComposeFile((YamlMappingNode)root["services"]);
    }

    /// <summary>Services built from the given Dockerfile (e.g. "src/Silo/Dockerfile").</summary>
    public IReadOnlyList<string> ServicesBuiltFrom(string dockerfile) =>
        _services.Children
            .Where(s => s.Value is YamlMappingNode service
                && service.Children.TryGetValue("build", out var build)
                && build is YamlMappingNode b
                && b.Children.TryGetValue("dockerfile", out var file)
                && file.ToString() == dockerfile)
            .Select(s => s.Key.ToString())
            .ToList();

    /// <summary>A service's environment as the host's configuration ("A__B" read as "A:B").</summary>
    public IConfiguration Configuration(string service)
    {
        var environment = (YamlMappingNode)((YamlMappingNode)_services[service])["environment"];
        var settings = environment.Children.ToDictionary(
            e => e.Key.ToString().Replace("__", ":", StringComparison.Ordinal),
            e => (string?)e.Value.ToString());
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    /// <summary>The top-level configuration sections a service's environment sets.</summary>
    public ISet<string> Sections(string service) =>
        Configuration(service).GetChildren().Select(c => c.Key).ToHashSet();
}
