using System.Text;

namespace SanguoOrleans.Grains.Roguelike.Map;

/// <summary>The seed of a user's run: a stable hash (FNV-1a) of season, user and run number, the same on every silo.</summary>
internal static class RunSeeds
{
    public static ulong Of(string season, Guid user, int run)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes($"{season}|{user:N}|{run}"))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
