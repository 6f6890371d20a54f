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

    public Relations(PlayerView view, GameSettings settings)
    {
        var me = view.Viewer;
        var seats = view.Seats;
        var myRole = Enum.Parse<Role>(seats[me].Role!);
        var rebelsTotal = settings.Roles.Count(r => r == Role.Rebel);
        var rebelsDead = seats.Count(s => !s.Alive && s.Role == nameof(Role.Rebel));
        var rebelsLeft = rebelsDead < rebelsTotal;
        var rebelLike = seats.Select(s => s.Seat != 0 && s.DamageDealt[0] > 0).ToArray();
        var loyalLike = seats.Select(s => !rebelLike[s.Seat] && seats.Any(o => rebelLike[o.Seat] && s.DamageDealt[o.Seat] > 0)).ToArray();
        if (!rebelsLeft)
        {
            // Only loyalists and renegades remain hidden: whoever still hurts the lord's side is the renegade.
            for (var i = 0; i < seats.Count; i++)
            {
                rebelLike[i] |= i != 0 && seats.Any(o => o.Alive && (o.Seat == 0 || loyalLike[o.Seat]) && seats[i].DamageDealt[o.Seat] > 0 && o.Seat != i);
                loyalLike[i] &= !rebelLike[i];
            }
        }

        var aliveCount = seats.Count(s => s.Alive);
        attitudes = new Attitude[seats.Count];
        foreach (var s in seats)
        {
            if (s.Seat == me)
            {
                attitudes[s.Seat] = Attitude.Friend;
                continue;
            }

            Role? known = s.Role is null ? null : Enum.Parse<Role>(s.Role);
            attitudes[s.Seat] = myRole switch
            {
                Role.Lord or Role.Loyalist => known switch
                {
                    Role.Lord or Role.Loyalist => Attitude.Friend,
                    Role.Rebel or Role.Renegade => Attitude.Enemy,
                    _ => rebelLike[s.Seat] ? Attitude.Enemy : loyalLike[s.Seat] ? Attitude.Friend : Attitude.Unknown,
                },
                Role.Rebel => known switch
                {
                    Role.Lord or Role.Loyalist => Attitude.Enemy,
                    Role.Rebel => Attitude.Friend,
                    _ => rebelLike[s.Seat] ? Attitude.Friend : loyalLike[s.Seat] ? Attitude.Enemy : Attitude.Unknown,
                },
                // The renegade sides with the lord while rebels remain, then turns on everyone, the lord last.
                _ when rebelsLeft => known == Role.Lord ? Attitude.Friend
                    : rebelLike[s.Seat] ? Attitude.Enemy : Attitude.Unknown,
                _ => known == Role.Lord && aliveCount > 2 ? Attitude.Friend : Attitude.Enemy,
            };
        }
    }

    public Attitude Of(int seat) => attitudes[seat];

    public bool IsEnemy(int seat) => attitudes[seat] == Attitude.Enemy;

    public bool IsFriend(int seat) => attitudes[seat] == Attitude.Friend;
}
