using Kechuang.Common;
using Kechuang.Common.Excel;
using Spectre.Console;

namespace Kechuang.Web.Cli;

/// <summary>One bar per stage; reading has no known end, so it spins until the sheet is read.</summary>
internal sealed class ImportProgressBars(ProgressContext context) : IProgress<ImportProgress>
{
    private readonly Dictionary<ImportStage, ProgressTask> _tasks = [];

    public void Report(ImportProgress value)
    {
        if (!_tasks.TryGetValue(value.Stage, out var task))
        {
            foreach (var earlier in _tasks.Values)
            {
                earlier.Value = earlier.MaxValue;
                earlier.StopTask();
            }
            task = _tasks[value.Stage] = context.AddTask(Label(value.Stage));
        }
        task.IsIndeterminate = value.Total == 0;
        task.MaxValue = Math.Max(value.Total, 1);
        task.Value = value.Total == 0 ? 0 : value.Done;
        task.Description = $"{Label(value.Stage)} {Zh.Number(value.Done)} 行";
    }

    private static string Label(ImportStage stage) => stage switch
    {
        ImportStage.Reading => "读取",
        ImportStage.Checking => "校验",
        ImportStage.Writing => "写入",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
