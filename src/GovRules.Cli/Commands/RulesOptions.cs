using System.CommandLine;
using GovRules.Rules;

namespace GovRules.Cli.Commands;

/// <summary>The options every `rules` subcommand shares: --rules DIR (repeatable), --cache-dir, --lang, --config.</summary>
internal sealed class RulesOptions
{
    public Option<string[]> Rules { get; } = new("--rules")
    {
        Description = "A folder of your own rule files, loaded beside the built-in pack (repeatable); a rule with a built-in id replaces it",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> CacheDir { get; } = new("--cache-dir")
    {
        Description = "Where compiled rules are cached (default: $GOVRULES_CACHE_DIR, else the platform cache folder)",
    };

    public Option<TextLanguage> Lang { get; } = new("--lang") { Description = "fi (default) or en", DefaultValueFactory = _ => TextLanguage.Fi };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "A govrules.yaml (disable: [ID…], profiles: […], rules: [DIR…]); default: ./govrules.yaml when present",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Rules);
        command.Options.Add(CacheDir);
        command.Options.Add(Lang);
        command.Options.Add(Config);
    }

    public TextLanguage Language(ParseResult parse) => parse.GetValue(Lang);

    /// <summary>Loads the pack: the built-in rules plus --rules folders, or only <paramref name="folderOnly"/> when given.</summary>
    public RuleSet Load(ParseResult parse, string? folderOnly)
    {
        var config = GovRulesConfig.LoadOrDefault(parse.GetValue(Config), Directory.GetCurrentDirectory());
        if (folderOnly is not null && !Directory.Exists(folderOnly))
            throw new UsageException($"{folderOnly}: no such folder; give a folder that holds rule files (ID.yaml)");
        var folders = folderOnly is not null ? [folderOnly] : config.RuleFolders.Concat(parse.GetValue(Rules) ?? []).ToList();
        return RulePackLoader.Load(new RulePackOptions
        {
            IncludeBuiltIn = folderOnly is null,
            Folders = folders,
            Disabled = folderOnly is null ? config.Disable : [],
        });
    }
}
