using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Ai;

/// <summary>How an AI regards another seat.</summary>
internal enum Attitude
{
    Enemy = -1,
    Unknown = 0,
    Friend = 1,
}

/// <summary>
/// Role guessing from public information only: revealed roles and who damaged whom. Whoever hurt the lord looks
/// like a rebel; whoever hurt a rebel-looking player looks loyal. In team modes the sides are public and known.
/// </summary>
internal sealed class Relations
{
    private readonly Attitude[] attitudes;

    // Runs at most once per AI decision (cached while the public facts it reads are unchanged), so it is written
    // with plain loops: no LINQ, no closures, no enum parsing.
    private Relations(long version, GameMode mode, Attitude[] attitudes)
    {
        Version = version;
        Mode = mode;
        this.attitudes = attitudes;
    }

    /// <summary>The view's <see cref="IAiView.RelationsVersion"/> these guesses were made at.</summary>
    public long Version { get; }

    /// <summary>The mode they were made for (it fixes the number of rebels).</summary>
    public GameMode Mode { get; }

    /// <summary>Role guesses of the viewer; reused from the engine's cache when nothing they read has changed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public static Relations Of<TView>(in TView view, GameSettings settings)
        where TView : struct, IAiView
    {
        var version = view.RelationsVersion;
        var cache = view.Cache;
        if (cache?.CachedRelations(view.Viewer, version, settings.Mode) is { } cached)
        {
            return cached;
        }

        var relations = new Relations(version, settings.Mode, Guess(view, settings));
        cache?.CacheRelations(view.Viewer, relations);
        return relations;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Attitude[] Guess<TView>(in TView view, GameSettings settings)
        where TView : struct, IAiView
    {
        if (settings.TeamRules is { } teams)
        {
            return SidesOf(view.Viewer, teams);
        }

        var me = view.Viewer;
        var n = view.SeatCount;
        var myRole = view.VisibleRole(me)!.Value;
        int rebelsDead = 0, loyalistsDead = 0;
        for (var i = 0; i < n; i++)
        {
            rebelsDead += !view.Alive(i) && view.VisibleRole(i) == Role.Rebel ? 1 : 0;
            loyalistsDead += !view.Alive(i) && view.VisibleRole(i) == Role.Loyalist ? 1 : 0;
        }

        var rebelsLeft = rebelsDead < RebelsIn(settings);

        // Dead players' roles are public: when none of the viewer's own camp can still be hidden among the living,
        // every player whose role is unknown is against it (the lord after his last loyalist, a last rebel, a last
        // loyalist once the rebels are dead: before that the renegade still helps the lord).
        var campHidden = myRole switch
        {
            Role.Lord => LoyalistsIn(settings) - loyalistsDead,
            Role.Loyalist when !rebelsLeft => LoyalistsIn(settings) - loyalistsDead - 1,
            Role.Rebel => RebelsIn(settings) - rebelsDead - 1,
            _ => 1,
        };
        Span<bool> rebelLike = stackalloc bool[n];
        Span<bool> loyalLike = stackalloc bool[n];
        for (var i = 0; i < n; i++)
        {
            rebelLike[i] = i != 0 && view.DamageDealt(i, 0) > 0;
        }

        for (var i = 0; i < n; i++)
        {
            loyalLike[i] = !rebelLike[i] && HurtAny(view, i, rebelLike);
        }

        if (!rebelsLeft)
        {
            // Only loyalists and renegades remain hidden: whoever still hurts the lord's side is the renegade.
            for (var i = 0; i < n; i++)
            {
                rebelLike[i] |= i != 0 && HurtsLordSide(view, i, loyalLike);
                loyalLike[i] &= !rebelLike[i];
            }
        }

        var aliveCount = 0;
        for (var i = 0; i < n; i++)
        {
            aliveCount += view.Alive(i) ? 1 : 0;
        }

        var attitudes = new Attitude[n];
        for (var seat = 0; seat < n; seat++)
        {
            var known = view.VisibleRole(seat);
            attitudes[seat] = seat == me ? Attitude.Friend
                : campHidden <= 0 && known is null ? Attitude.Enemy
                : AttitudeOf(myRole, known, rebelLike[seat], loyalLike[seat], rebelsLeft, aliveCount);
        }

        return attitudes;
    }

    /// <summary>Team modes: the sides are public, so teammates are friends and everyone else an enemy.</summary>
    private static Attitude[] SidesOf(int me, TeamRules teams)
    {
        var attitudes = new Attitude[teams.Seating.Count];
        for (var seat = 0; seat < attitudes.Length; seat++)
        {
            attitudes[seat] = teams.Seating[seat] == teams.Seating[me] ? Attitude.Friend : Attitude.Enemy;
        }

        return attitudes;
    }

    public Attitude Of(int seat) => attitudes[seat];

    public bool IsEnemy(int seat) => attitudes[seat] == Attitude.Enemy;

    public bool IsFriend(int seat) => attitudes[seat] == Attitude.Friend;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static Attitude AttitudeOf(Role myRole, Role? known, bool rebelLike, bool loyalLike, bool rebelsLeft, int aliveCount) => myRole switch
    {
        Role.Lord or Role.Loyalist => known switch
        {
            Role.Lord or Role.Loyalist => Attitude.Friend,
            Role.Rebel or Role.Renegade => Attitude.Enemy,
            _ => rebelLike ? Attitude.Enemy : loyalLike ? Attitude.Friend : Attitude.Unknown,
        },
        Role.Rebel => known switch
        {
            Role.Lord or Role.Loyalist => Attitude.Enemy,
            Role.Rebel => Attitude.Friend,
            _ => rebelLike ? Attitude.Friend : loyalLike ? Attitude.Enemy : Attitude.Unknown,
        },
        // The renegade sides with the lord while rebels remain, then turns on everyone, the lord last.
        _ when rebelsLeft => known == Role.Lord ? Attitude.Friend
            : rebelLike ? Attitude.Enemy : Attitude.Unknown,
        _ => known == Role.Lord && aliveCount > 2 ? Attitude.Friend : Attitude.Enemy,
    };

    /// <summary>Whether seat <paramref name="i"/> has hurt any flagged seat.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static bool HurtAny<TView>(in TView view, int i, Span<bool> flagged)
        where TView : struct, IAiView
    {
        for (var o = 0; o < flagged.Length; o++)
        {
            if (flagged[o] && view.DamageDealt(i, o) > 0)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    private static bool HurtsLordSide<TView>(in TView view, int i, Span<bool> loyalLike)
        where TView : struct, IAiView
    {
        for (var o = 0; o < loyalLike.Length; o++)
        {
            if (view.Alive(o) && (o == 0 || loyalLike[o]) && view.DamageDealt(i, o) > 0 && o != i)
            {
                return true;
            }
        }

        return false;
    }

    private static int LoyalistsIn(GameSettings settings) => settings.FixedRoles is { } fixedRoles
        ? Count(fixedRoles, Role.Loyalist)
        : settings.Mode == GameMode.Identity5 ? 1 : 2;

    private static int Count(IReadOnlyList<Role> roles, Role role)
    {
        var n = 0;
        for (var i = 0; i < roles.Count; i++)
        {
            n += roles[i] == role ? 1 : 0;
        }

        return n;
    }

    private static int RebelsIn(GameSettings settings) => settings.FixedRoles is { } fixedRoles ? Count(fixedRoles, Role.Rebel) : settings.Mode switch
    {
        GameMode.Identity5 => 2,
        GameMode.Identity8 => 4,
        _ => 3,
    };
}
