namespace SanguoOrleans.Testing;

/// <summary>Finds the repository and the hosts' build output from a test's own output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    // Tests run from tests/X/bin/<Configuration>/net10.0; the hosts are built in the same configuration.
    private static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string HostAssembly(string project, string assemblyName) =>
        Path.Combine(Root, "src", project, "bin", Configuration, "net10.0", assemblyName + ".dll");

    public static string Script(string name) => Path.Combine(Root, "scripts", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SanguoOrleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SanguoOrleans.sln not found above " + AppContext.BaseDirectory);
    }
}
