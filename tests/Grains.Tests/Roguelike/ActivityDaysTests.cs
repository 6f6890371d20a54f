using SanguoOrleans.Grains.Roguelike;

namespace SanguoOrleans.Grains.Tests.Roguelike;

public class ActivityDaysTests
{
    [Theory]
    // 05:00 on 2 December in Shanghai (UTC+8) is 21:00 UTC on 1 December.
    [InlineData("Asia/Shanghai", 5, "2026-12-01T20:59:59Z", "2026-12-01")]
    [InlineData("Asia/Shanghai", 5, "2026-12-01T21:00:00Z", "2026-12-02")]
    // Midnight resets: the local date itself.
    [InlineData("Asia/Shanghai", 0, "2026-12-01T15:59:59Z", "2026-12-01")]
    [InlineData("Asia/Shanghai", 0, "2026-12-01T16:00:00Z", "2026-12-02")]
    // New York on the day summer time ends (01:00–02:00 happens twice): the day still turns at 04:00 local.
    [InlineData("America/New_York", 4, "2026-11-01T07:59:00Z", "2026-10-31")]
    [InlineData("America/New_York", 4, "2026-11-01T09:00:00Z", "2026-11-01")]
    public void ActivityDay_TurnsAtTheResetHour_OfItsTimeZone(string zone, int resetHour, string instant, string expectedDay)
    {
        var day = ActivityDays.Of(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone), resetHour);

        Assert.Equal(DateOnly.Parse(expectedDay, System.Globalization.CultureInfo.InvariantCulture), day);
    }
}
