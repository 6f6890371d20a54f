namespace SanguoOrleans.Grains.Interfaces;

/// <summary>Why a request was refused: a stable code for programs and a message for people.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.Refusal")]
public sealed record Refusal(RefusalCode Code, string Message);
