using System.Runtime.CompilerServices;
namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>FNV-1a hash over the whole state (zones in order, seats, generator, counters, pending request).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    public ulong StateHash()
    {
        var h = 14695981039346656037UL;
        void Add(long v) => h = (h ^ (ulong)v) * 1099511628211UL;
        void AddAll(IEnumerable<int> xs)
        {
            Add(-7);
            foreach (var x in xs)
            {
                Add(x);
            }
        }

        AddAll(DrawPile);
        AddAll(DiscardPile);
        AddAll(Processing);
        foreach (var p in Players)
        {
            Add(p.Hp);
            Add(p.MaxHp);
            Add(p.Alive ? 1 : 0);
            Add(p.Chained ? 1 : 0);
            Add(p.RolePublic ? 1 : 0);
            Add((long)p.Role);
            Add(p.Hero is null ? -1 : Heroes.HeroCatalog.All.IndexOf(p.Hero));
            Add(p.SlashesThisPhase);
            Add(p.Drunk ? 1 : 0);
            Add(p.AnalepticUsedThisTurn ? 1 : 0);
            AddAll(p.Hand);
            AddAll(p.Equip);
            AddAll(p.Judge);
            AddAll(p.DamageDealt);
        }

        var (a, b, c, d) = Rng.State;
        Add((long)a);
        Add((long)b);
        Add((long)c);
        Add((long)d);
        Add(TurnNumber);
        Add(Round);
        Add(CurrentSeat);
        Add((long)CurrentPhase);
        Add(events.Count);
        Add(log.Count);
        Add(nextRequestId);
        Add(answered.Count);
        Add((long)(Result?.Side ?? (WinningSide)(-1)));
        return h;
    }
}
