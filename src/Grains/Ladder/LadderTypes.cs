using SanguoOrleans.Game.Modes;
using SanguoOrleans.Grains.Interfaces.Ladder;
using SanguoOrleans.Grains.Ladder.Matching;

namespace SanguoOrleans.Grains.Ladder;

/// <summary>The ladders and their matching rules (ratings on the μ scale of <see cref="Interfaces.Users.LadderRecord"/>).</summary>
internal static class LadderTypes
{
    /// <summary>2 against 2, premade teams of two or singles combined.</summary>
    public const string Doubles = LadderNames.Doubles;

    /// <summary>Eight-player identity: eight singles.</summary>
    public const string Identity8 = LadderNames.Identity8;

    private static readonly LadderType DoublesType = new(Doubles, new MatchingRules { Sides = 2, SideSize = 2, MaxPartySize = 2 }, GameMode.Doubles);

    private static readonly LadderType Identity8Type = new(Identity8, new MatchingRules { Sides = 8, SideSize = 1, MaxPartySize = 1 }, GameMode.Identity8);

    /// <summary>
    /// The ladder a queue key names, or null. A key is a ladder's name, or a name, '/', and a shard label: a separate
    /// queue with the same rules (a rating band of a crowded ladder, or an isolated test queue).
    /// </summary>
    public static LadderType? Find(string? key) => NameOf(key) switch
    {
        Doubles => DoublesType,
        Identity8 => Identity8Type,
        _ => null,
    };

    /// <summary>The ladder's name in a queue key.</summary>
    public static string? NameOf(string? key) => key?.IndexOf('/', StringComparison.Ordinal) is int slash and >= 0 ? key[..slash] : key;
}
