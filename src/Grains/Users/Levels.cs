namespace SanguoOrleans.Grains.Users;

/// <summary>Experience to level: each level needs a little more than the one before.</summary>
internal static class Levels
{
    // Level n is reached at 50·(n-1)² experience: 50, 200, 450, … so early levels come quickly.
    private const double ExperiencePerLevelSquared = 50;

    public static int FromExperience(long experience) =>
        1 + (int)Math.Sqrt(Math.Max(0, experience) / ExperiencePerLevelSquared);
}
