namespace SanguoOrleans.Grains.Users;

/// <summary>A lazily saved group holding one immutable record (games, ladder, roguelike); null until first changed.</summary>
[GenerateSerializer, Alias("sanguo.UserRecordState`1")]
internal sealed class RecordState<T>
    where T : class
{
    [Id(0)] public T? Value { get; set; }
}
