using Kechuang.Common;
using Kechuang.Web.Components.Shared;

namespace Kechuang.Web.Tests;

/// <summary>How a form's save turns the core's exceptions into field and alert messages.</summary>
public sealed class FormErrorsTests
{
    [Fact]
    public async Task RunAsync_ValidationFailed_InlineFieldsUnderInputs_OthersInTheAlertInFieldOrder()
    {
        var errors = new FormErrors(["name"], order: ["uscc", "version"]);

        var saved = await errors.RunAsync(() => throw new ValidationFailedException(new Dictionary<string, string[]>
        {
            ["version"] = ["记录已变化"],
            ["other"] = ["其他"],
            ["name"] = ["请填写企业名称"],
            ["uscc"] = ["信用代码有误"],
        }));

        Assert.False(saved);
        Assert.Equal(["请填写企业名称"], errors.Of("name"));
        Assert.Equal("ant-input ant-input-status-error", errors.InputClass("name"));
        Assert.Equal("ant-input", errors.InputClass("uscc"));
        Assert.Equal(1, errors.FieldCount);
        Assert.Equal(["信用代码有误", "记录已变化", "其他"], errors.Messages);
        Assert.False(errors.Conflict);
    }

    [Fact]
    public async Task RunAsync_Conflict_SaysHowToReload()
    {
        var errors = new FormErrors();

        await errors.RunAsync(() => throw new ConflictException("该企业已被他人修改"), reload: "重新加载该企业");

        Assert.True(errors.Conflict);
        Assert.Equal(["该企业已被他人修改。点击“重新加载该企业”读取最新内容，再修改保存（您未保存的修改将被覆盖）。"], errors.Messages);
    }

    [Fact]
    public async Task RunAsync_WhileSaving_DoesNotSaveTwice_AndASuccessClearsTheErrors()
    {
        var errors = new FormErrors(["name"]);
        await errors.RunAsync(() => throw new ValidationFailedException("name", "请填写企业名称"));
        var gate = new TaskCompletionSource();
        var saves = 0;

        var first = errors.RunAsync(async () =>
        {
            saves++;
            await gate.Task;
        });
        var second = await errors.RunAsync(() =>
        {
            saves++;
            return Task.CompletedTask;
        });
        gate.SetResult();

        Assert.False(second);
        Assert.True(await first);
        Assert.Equal(1, saves);
        Assert.False(errors.Any);
        Assert.False(errors.Saving);
    }
}
