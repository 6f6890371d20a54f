namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>
/// A table made by a matchmaker: fixed players by seat (a null user is an AI seat), started automatically after
/// <paramref name="StartDelay"/>, its result reported to the <see cref="ITableResultListener"/> keyed <paramref name="ListenerKey"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("sanguo.RankedTableRequest")]
public sealed record RankedTableRequest(TableSettings Settings, IReadOnlyList<Guid?> Players, TimeSpan StartDelay, string ListenerKey);
