namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>A user's long-lived records, each kept in a persistent group of its own.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.UserRecords")]
public sealed record UserRecords(GameRecord Games, LadderRecord Ladder, RoguelikeSummary Roguelike, IReadOnlyList<TeamInvite> Invites);
