using SanguoOrleans.Game.Modes;
using SanguoOrleans.Game.Views;

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
/// like a rebel; whoever hurt a rebel-looking player looks loyal.
/// </summary>
internal sealed class Relations
{
    private readonly Attitude[] attitudes;

    // Runs once per AI decision, so it is written with plain loops: no LINQ, no closures, no enum parsing.
    public Relations(PlayerView view, GameSettings settings)
    {
        var me = view.Viewer;
        var seats = view.Seats;
        var n = seats.Count;
        var myRole = RoleOf(seats[me].Role)!.Value;
        var rebelsDead = 0;
        for (var i = 0; i < n; i++)
        {
            rebelsDead += !seats[i].Alive && seats[i].Role == nameof(Role.Rebel) ? 1 : 0;
        }

        var rebelsLeft = rebelsDead < RebelsIn(settings);
        var rebelLike = new bool[n];
        var loyalLike = new bool[n];
        for (var i = 0; i < n; i++)
        {
            rebelLike[i] = i != 0 && seats[i].DamageDealt[0] > 0;
        }

        for (var i = 0; i < n; i++)
        {
            loyalLike[i] = !rebelLike[i] && HurtAny(seats[i].DamageDealt, rebelLike, except: -1);
        }

        if (!rebelsLeft)
        {
            // Only loyalists and renegades remain hidden: whoever still hurts the lord's side is the renegade.
            for (var i = 0; i < n; i++)
            {
                rebelLike[i] |= i != 0 && HurtsLordSide(seats, i, loyalLike);
                loyalLike[i] &= !rebelLike[i];
            }
        }

        var aliveCount = 0;
        for (var i = 0; i < n; i++)
        {
            aliveCount += seats[i].Alive ? 1 : 0;
        }

        attitudes = new Attitude[n];
        for (var seat = 0; seat < n; seat++)
        {
            attitudes[seat] = seat == me
                ? Attitude.Friend
                : AttitudeOf(myRole, RoleOf(seats[seat].Role), rebelLike[seat], loyalLike[seat], rebelsLeft, aliveCount);
        }
    }

    public Attitude Of(int seat) => attitudes[seat];

    public bool IsEnemy(int seat) => attitudes[seat] == Attitude.Enemy;

    public bool IsFriend(int seat) => attitudes[seat] == Attitude.Friend;

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

    /// <summary>Whether a damage tally has hurt any flagged seat other than <paramref name="except"/>.</summary>
    private static bool HurtAny(IReadOnlyList<int> damageDealt, bool[] flagged, int except)
    {
        for (var o = 0; o < flagged.Length; o++)
        {
            if (flagged[o] && o != except && damageDealt[o] > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HurtsLordSide(IReadOnlyList<SeatView> seats, int i, bool[] loyalLike)
    {
        var dealt = seats[i].DamageDealt;
        for (var o = 0; o < seats.Count; o++)
        {
            if (seats[o].Alive && (o == 0 || loyalLike[o]) && dealt[o] > 0 && o != i)
            {
                return true;
            }
        }

        return false;
    }

    private static int RebelsIn(GameSettings settings) => settings.Mode switch
    {
        GameMode.Identity5 => 2,
        GameMode.Identity8 => 4,
        _ => 3,
    };

    private static Role? RoleOf(string? role) => role switch
    {
        null => null,
        nameof(Role.Lord) => Role.Lord,
        nameof(Role.Loyalist) => Role.Loyalist,
        nameof(Role.Rebel) => Role.Rebel,
        nameof(Role.Renegade) => Role.Renegade,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };
}
