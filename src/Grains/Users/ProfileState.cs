namespace SanguoOrleans.Grains.Users;

/// <summary>The user's lazily saved profile group.</summary>
[GenerateSerializer, Alias("sanguo.UserProfileState")]
internal sealed class ProfileState
{
    [Id(0)] public int Avatar { get; set; }
    [Id(1)] public string Signature { get; set; } = "";
    [Id(2)] public long Experience { get; set; }
}
