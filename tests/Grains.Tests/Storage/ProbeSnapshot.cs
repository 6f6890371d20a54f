namespace SanguoOrleans.Grains.Tests.Storage;

/// <summary>A probe grain's in-memory state and storage metadata, as seen by one activation.</summary>
[GenerateSerializer, Immutable]
public sealed record ProbeSnapshot(Guid ActivationId, string Name, string Payload, string? ETag, bool RecordExists);
