namespace SanguoOrleans.Grains.Roguelike;

/// <summary>The activity day an instant belongs to: the local date in the time zone, the day starting at the reset hour.</summary>
internal static class ActivityDays
{
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone, int resetHour)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return DateOnly.FromDateTime(local.DateTime.AddHours(-resetHour));
    }
}
