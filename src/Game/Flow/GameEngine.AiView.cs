using System.Runtime.CompilerServices;
using SanguoOrleans.Game.Ai;
using SanguoOrleans.Game.Modes;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    // Role guesses per viewer, valid while PublicVersion is unchanged (see LiveView.RelationsVersion).
    private Relations?[]? relationsCache;

    /// <summary>Bumped whenever a damage tally changes (deaths and revealed roles are counted by each seat).</summary>
    internal long PublicVersion { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
    internal Relations? CachedRelations(int viewer, long version, GameMode mode)
    {
        var r = relationsCache?[viewer];
        return r is not null && r.Version == version && r.Mode == mode ? r : null;
    }

    internal void CacheRelations(int viewer, Relations relations)
    {
        relationsCache ??= new Relations?[Players.Length];
        relationsCache[viewer] = relations;
    }

    /// <summary>
    /// The AI's view read straight from the live state: the same facts as <see cref="ViewFor"/> gives that seat
    /// (its own hand only, public roles), without copying them into a <see cref="Views.PlayerView"/>.
    /// </summary>
    internal readonly struct LiveView(GameEngine engine, int viewer) : IAiView
    {
        public int Viewer => viewer;

        public int SeatCount => engine.Players.Length;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Role? VisibleRole(int seat)
        {
            var p = engine.Players[seat];
            return p.RolePublic || seat == viewer ? p.Role : null;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Alive(int seat) => engine.Players[seat].Alive;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Hp(int seat) => engine.Players[seat].Hp;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int MaxHp(int seat) => engine.Players[seat].MaxHp;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int HandCount(int seat) => engine.Players[seat].Hand.Count;

        public IReadOnlyList<int> OwnHand => engine.Players[viewer].Hand;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Equip(int seat, int slot) => engine.Players[seat].Equip[slot];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public IReadOnlyList<int> Judge(int seat) => engine.Players[seat].Judge;

        public IReadOnlyList<int> Processing => engine.Processing;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int DamageDealt(int from, int to) => engine.Players[from].DamageDealt[to];

        public bool HeroHasSkill(int seat, string skillId) => engine.Players[seat].Hero?.Skills.Contains(skillId) == true;

        public long RelationsVersion
        {
            [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimized from the first call (README, "Speed")
            get
            {
                var v = engine.PublicVersion;
                foreach (var p in engine.Players)
                {
                    v += (long)p.PublicChanges << 32;
                }

                return v;
            }
        }

        public GameEngine? Cache => engine;
    }
}
