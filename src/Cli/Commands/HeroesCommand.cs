using System.CommandLine;
using System.Text.Json;
using SanguoOrleans.Game.Heroes;

namespace SanguoOrleans.Cli.Commands;

/// <summary><c>sanguo heroes</c>: lists the heroes of the rules engine, as text or as JSON lines.</summary>
internal static class HeroesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json")
        {
            Description = "Print JSON lines: one JSON object per hero and per line, with id, name, kingdom, gender, hp and skills (each with its id and whether it is a lord skill).",
        };
        var command = new Command("heroes", "Lists every hero (kingdom, gender, HP, skill ids; lord skills marked).") { json };
        command.SetAction(parse =>
        {
            foreach (var hero in HeroCatalog.All)
            {
                var row = HeroRow.Of(hero);
                Console.Out.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(row, CliJson.Options)
                    : $"{row.Id,-14} {row.Name}  {row.Kingdom,-4} {row.Gender,-6} {row.Hp} hp  {string.Join(' ', row.Skills.Select(s => s.Lord ? s.Id + " (lord)" : s.Id))}");
            }

            return 0;
        });
        return command;
    }

    private sealed record HeroSkill(string Id, bool Lord);

    private sealed record HeroRow(string Id, string Name, string Kingdom, string Gender, int Hp, IReadOnlyList<HeroSkill> Skills)
    {
        public static HeroRow Of(Hero hero) => new(
            hero.Id,
            hero.Name,
            hero.Kingdom.ToString().ToLowerInvariant(),
            hero.Gender.ToString().ToLowerInvariant(),
            hero.MaxHp,
            [.. hero.Skills.Select(s => new HeroSkill(s, false)), .. hero.LordSkills.Select(s => new HeroSkill(s, true))]);
    }
}
