"""The price before the bill: token counts, the model list, prices, the estimate, the cap, actual cost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest

from desktop_app.core import tokens
from desktop_app.core.builder.render import render_request
from desktop_app.core.builder.spec import RequestSpec
from desktop_app.core.catalogue import current_catalogue
from desktop_app.core.estimate import (
    DEFAULT_OUTPUT_TOKENS,
    CostCapExceeded,
    RememberedEstimates,
    actual_cost,
    check_submit,
    confirmation_text,
    estimate_file,
    month_cost,
    prepare_variants_submit,
)
from desktop_app.core.ledger import JobRecord
from desktop_app.core.limits import MAX_FILE_BYTES, MAX_LINE_BYTES, MB
from desktop_app.core.paths import app_paths
from desktop_app.core.pricing import current_prices, load_prices
from desktop_app.core.regions import CN, INTL, SANDBOX, custom_region
from desktop_app.core.validate import validate_jsonl

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "test-model-sample.jsonl"
CHAT = "/v1/chat/completions"


def line(cid: str, content: str, model: str = "qwen-plus", **body: Any) -> bytes:
    payload = {"model": model, "messages": [{"role": "user", "content": content}], **body}
    return orjson.dumps({"custom_id": cid, "method": "POST", "url": CHAT, "body": payload}) + b"\n"


def write(path: Path, *lines: bytes) -> Path:
    path.write_bytes(b"".join(lines))
    return path


# ----- tokens ------------------------------------------------------------------------------------


def test_vocabulary_gives_the_ids_the_vendor_documents() -> None:
    # The vendor's tokenizer page: get_tokenizer('qwen-turbo').encode('通义千问具有强大的能力。')
    assert tokens.encoding().encode_ordinary("通义千问具有强大的能力。") == [
        31935,
        64559,
        99320,
        56007,
        100629,
        104795,
        99788,
        1773,
    ]


def test_chat_request_counts_the_template_by_hand() -> None:
    # <|im_start|> user \n Hello ! <|im_end|> \n <|im_start|> assistant \n  = 10 tokens
    assert tokens.count_request({"messages": [{"role": "user", "content": "Hello!"}]}) == 10
    messages = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "通义千问具有强大的能力。"},
    ]
    # system message: 2 specials + "system" + 2 newlines + 6 text tokens = 11; user: 5 + 8; assistant prefix 3
    assert tokens.count_request({"messages": messages}) == 11 + 13 + 3
    # and the same as encoding the whole ChatML rendering at once
    full = tokens.encoding().encode(tokens.chatml(messages), allowed_special="all")
    assert tokens.count_request({"messages": messages}) == len(full)


def test_media_parts_are_not_counted_but_reported() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * 5000}},
                    {"type": "text", "text": "Hello!"},
                ],
            }
        ]
    }
    parts = tokens.request_text(body)
    assert parts.media_parts == 1 and parts.texts == ["Hello!"]
    assert tokens.count_request(body) == 10


def test_very_long_text_is_counted_in_pieces_without_crashing() -> None:
    text = "x" * 350_000 + "\n" + "词" * 10
    assert tokens.count_text(text) == sum(tokens.count_text(p) for p in tokens._pieces(text))
    assert tokens.count_text(text) > 0


# ----- the model list ----------------------------------------------------------------------------


def test_catalogue_is_data_with_dates_and_reasoning_models_cannot_turn_thinking_off() -> None:
    cat = current_catalogue()
    assert cat.checked
    qwq = cat.get("cn", "qwq-plus")
    assert qwq is not None and not qwq.can_turn_off_thinking and qwq.thinks(False)
    plus = cat.get("intl", "qwen-plus")
    assert plus is not None and plus.context_window == 131072 and plus.can_turn_off_thinking
    assert not plus.thinks(None) and plus.thinks(True)
    assert cat.get("sandbox", "deepseek-r1") is not None  # the sandbox answers with either region's list
    assert cat.get("intl", "qwen-made-up") is None


def test_user_model_list_in_the_config_folder_overrides() -> None:
    folder = app_paths().ensure().config
    (folder / "models.json").write_text(
        json.dumps({"checked": "2030-01-01", "regions": {"intl": [{"model": "qwen-new", "context_window": 1000}]}}),
        encoding="utf-8",
    )
    cat = current_catalogue()
    assert cat.checked == "2030-01-01"
    found = cat.get("intl", "qwen-new")
    assert found is not None and found.context_window == 1000
    assert cat.get("intl", "qwen-max") is not None  # the shipped entries stay


def test_builder_never_sends_enable_thinking_false_to_a_reasoning_model() -> None:
    for model, expected in (("qwq-plus", None), ("deepseek-r1", None), ("qwen-plus", False)):
        spec = RequestSpec(template="{text}", model=model, id_column="id", enable_thinking=False)
        body = render_request(spec, {"id": "1", "text": "hello"}, 2)["body"]
        assert body.get("enable_thinking", None) is expected, model
    on = RequestSpec(template="{text}", model="qwq-plus", id_column="id", enable_thinking=True)
    assert render_request(on, {"id": "1", "text": "hello"}, 2)["body"]["enable_thinking"] is True


# ----- limits ------------------------------------------------------------------------------------


def test_sizes_are_read_in_the_smaller_unit() -> None:
    assert MB == 1_000_000
    assert MAX_FILE_BYTES == 500_000_000 and MAX_LINE_BYTES == 6_000_000


def test_a_line_between_the_two_readings_of_6_mb_is_refused_with_the_unit(tmp_path: Path) -> None:
    base = len(line("1", "", model="qwen-long"))
    big = line("1", "y" * (6_100_000 - base), model="qwen-long")  # > 6,000,000 but < 6 * 2**20
    report = validate_jsonl(write(tmp_path / "a.jsonl", big), region=CN)
    [problem] = [p for p in report.problems if p.code == "line_too_large"]
    assert "6,000,000 bytes" in problem.message


def test_a_prompt_over_the_context_window_is_a_row_problem_with_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "w.jsonl",
        line("ok", "short", model="qwen-max"),
        line("huge", "word " * 300_000, model="qwen-max"),  # 1.5 million characters
        line("tight", "word " * 6000, model="qwen-max", max_tokens=8000),  # 6,000 tokens + 8,000: fits
    )
    report = validate_jsonl(path, region=INTL)
    assert [(p.code, p.line) for p in report.problems] == [("context_window", 2)]
    params = report.problems[0].params
    assert params["window"] == 32768 and params["tokens"] > 300_000 and params["available"] == 32768


def test_max_tokens_is_taken_from_the_window(tmp_path: Path) -> None:
    # ~25,000 tokens fit 32,768 alone but not with 8,192 kept for the answer
    path = write(tmp_path / "m.jsonl", line("1", "word " * 25_000, model="qwen-max", max_tokens=8192))
    [problem] = validate_jsonl(path, region=INTL).problems
    assert problem.code == "context_window" and problem.params["available"] == 32768 - 8192


def test_a_listed_model_without_batch_support_is_warned_about(tmp_path: Path) -> None:
    (app_paths().ensure().config / "models.json").write_text(
        json.dumps({"checked": "2030-02-02", "regions": {"intl": [{"model": "qwen-chat-only", "batch": False}]}}),
        encoding="utf-8",
    )
    report = validate_jsonl(write(tmp_path / "b.jsonl", line("1", "hi", model="qwen-chat-only")), region=INTL)
    assert [p.code for p in report.problems] == ["model_region"] and "as of 2030-02-02" in report.problems[0].message


def test_model_not_in_the_list_is_a_warning_with_the_date(tmp_path: Path) -> None:
    report = validate_jsonl(write(tmp_path / "u.jsonl", line("1", "hi", model="qwen-brand-new")), region=INTL)
    [problem] = report.problems
    assert problem.code == "model_region" and problem.severity == "warning" and report.ok
    assert "as of " + current_catalogue().checked in problem.message and "the service decides" in problem.message


# ----- prices and the estimate -------------------------------------------------------------------


def test_prices_say_where_they_come_from_and_unknown_stays_unknown() -> None:
    prices = current_prices()
    plus = prices.get("intl", "qwen-plus")
    assert plus is not None and plus.currency == "USD" and "alibabacloud.com" in plus.listed_on and plus.listed_date
    assert prices.get("cn", "qwen-plus") is None


def test_estimate_of_the_vendor_sample_is_free() -> None:
    est = estimate_file(SAMPLE, INTL)
    assert est.model == "batch-test-model" and est.requests == 2
    assert est.free and not est.billed and est.cost_low == est.cost_high == 0.0
    assert check_submit(est, INTL, cap=0.000001).confirm is False  # free: no cap, no confirmation


def test_estimate_numbers_by_hand(tmp_path: Path) -> None:
    path = write(
        tmp_path / "e.jsonl",
        line("1", "Hello!", max_tokens=50),  # 10 input tokens
        line("2", "通义千问具有强大的能力。", max_tokens=150),  # 5 + 8 + 3 = 16 input tokens
    )
    est = estimate_file(path, INTL)
    assert est.input_tokens == 26 and est.requests == 2
    # low: the assumed answer length, but no answer is longer than its request's max_tokens (50)
    assert est.output_low == 50 + DEFAULT_OUTPUT_TOKENS and est.output_high == 200
    # qwen-plus intl: $0.4 in / $1.2 out per million, real-time; batch is half
    assert est.currency == "USD"
    assert est.cost_low == pytest.approx((26 * 0.4 + 150 * 1.2) / 1e6 * 0.5)
    assert est.cost_high == pytest.approx((26 * 0.4 + 200 * 1.2) / 1e6 * 0.5)
    # a rehearsal's average answer length moves the low end
    est = estimate_file(path, INTL, output_low_per_request=10)
    assert est.output_low == 20 and est.output_low_source == "rehearsal"
    assert est.cost_low == pytest.approx((26 * 0.4 + 20 * 1.2) / 1e6 * 0.5)


def test_thinking_makes_a_visible_difference(tmp_path: Path) -> None:
    off = estimate_file(write(tmp_path / "off.jsonl", line("1", "Hello!", max_tokens=50, enable_thinking=False)), INTL)
    on = estimate_file(write(tmp_path / "on.jsonl", line("1", "Hello!", max_tokens=50, enable_thinking=True)), INTL)
    assert not off.thinking and off.cost_high is not None
    assert on.thinking and on.output_high is None and on.cost_high is None  # thinking is not bounded by max_tokens
    assert any("thinking" in reason for reason in on.unknown)


def test_without_max_tokens_or_a_known_maximum_the_upper_end_is_unknown(tmp_path: Path) -> None:
    est = estimate_file(write(tmp_path / "n.jsonl", line("1", "Hello!")), INTL)
    assert est.output_high is None and est.cost_high is None and est.cost_low is not None
    assert any("max_tokens" in reason for reason in est.unknown)


def test_unknown_price_is_said_not_guessed(tmp_path: Path) -> None:
    est = estimate_file(write(tmp_path / "c.jsonl", line("1", "Hello!", max_tokens=5)), CN)
    assert est.billed and est.cost_low is None and est.cost_high is None and est.currency is None
    assert est.unknown == ["no price is known for qwen-plus in cn"]


def test_user_price_file_overrides_and_sandbox_bills_nothing(tmp_path: Path) -> None:
    folder = app_paths().ensure().config
    (folder / "prices.json").write_text(
        json.dumps(
            {
                "prices": [
                    {
                        "region": "cn",
                        "model": "qwen-plus",
                        "currency": "CNY",
                        "per_tokens": 1000,
                        "tiers": [{"up_to_input_tokens": None, "input": 0.001, "output": 0.002}],
                        "listed_on": "my contract",
                        "listed_date": "2026-12-01",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    path = write(tmp_path / "c.jsonl", line("1", "Hello!", max_tokens=100))
    est = estimate_file(path, CN)
    assert est.currency == "CNY" and est.price is not None and est.price.from_user_file
    assert est.cost_high == pytest.approx((10 * 0.001 + 100 * 0.002) / 1000 * 0.5)
    sandbox = estimate_file(path, SANDBOX)
    assert not sandbox.billed and sandbox.cost_high == 0.0


def test_tiers_by_input_length(tmp_path: Path) -> None:
    table = tmp_path / "prices.json"
    table.write_text(
        json.dumps(
            {
                "prices": [
                    {
                        "region": "intl",
                        "model": "qwen-plus",
                        "currency": "USD",
                        "tiers": [
                            {"up_to_input_tokens": 12, "input": 1.0, "output": 2.0},
                            {"up_to_input_tokens": 100, "input": 3.0, "output": 4.0},
                        ],
                        "listed_on": "test",
                        "listed_date": "2026-01-01",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    prices = load_prices(table)
    path = write(
        tmp_path / "t.jsonl", line("1", "Hello!", max_tokens=1), line("2", "通义千问具有强大的能力。", max_tokens=1)
    )
    est = estimate_file(path, INTL, prices=prices)
    # request 1: 10 tokens (tier 1); request 2: 16 tokens (tier 2)
    assert est.cost_high == pytest.approx((10 * 1.0 + 1 * 2.0 + 16 * 3.0 + 1 * 4.0) / 1e6 * 0.5)
    longer = write(tmp_path / "l.jsonl", line("1", "word " * 200, max_tokens=1))
    est = estimate_file(longer, INTL, prices=prices)
    assert est.cost_high is None and "longest listed price tier" in est.unknown[0]


def test_fifty_thousand_rows_estimate_in_under_ten_seconds(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as handle:
        for i in range(50_000):
            handle.write(line(str(i), f"Translate review {i}: the product arrived quickly, 质量很好。", max_tokens=200))
    est = estimate_file(path, INTL)
    assert est.requests == 50_000 and est.input_tokens > 50_000 * 10
    assert est.cost_high is not None and est.seconds < 10.0


# ----- the cap and the confirmation --------------------------------------------------------------


def test_cap_refuses_a_billed_job_above_it_with_the_numbers(tmp_path: Path) -> None:
    est = estimate_file(write(tmp_path / "e.jsonl", line("1", "Hello!", max_tokens=1000)), INTL)
    assert est.cost_high is not None
    with pytest.raises(CostCapExceeded) as caught:
        check_submit(est, INTL, cap=est.cost_high / 2)
    text = caught.value.user_message
    assert "USD" in text and "1 requests" in text and "10 input tokens" in text and "1,000 output tokens" in text
    # A cap below a cent is written with its digits, never as "USD 0.00".
    assert est.cost_high / 2 < 0.01 and f"spending cap of USD {est.cost_high / 2:,.4f} per job" in text, text
    check = check_submit(est, INTL, cap=est.cost_high * 2)
    assert check.confirm and check.region_name == INTL.name
    assert check_submit(est, INTL, cap=None).confirm


def test_the_low_end_never_passes_a_request_s_own_max_tokens(tmp_path: Path) -> None:
    """The assumed answer length (100 tokens) is above max_tokens 50: the low end is 50, not 100 > high."""
    est = estimate_file(
        write(tmp_path / "short.jsonl", line("1", "Hello!", max_tokens=50), line("2", "Hi!", max_tokens=500)), INTL
    )
    assert (est.output_low, est.output_high) == (50 + 100, 50 + 500)
    assert est.cost_low is not None and est.cost_high is not None and est.cost_low <= est.cost_high


def test_cap_refuses_when_the_upper_end_is_unknown(tmp_path: Path) -> None:
    est = estimate_file(write(tmp_path / "u.jsonl", line("1", "Hello!")), custom_region("Mine", "http://x/v1"))
    assert est.billed and est.cost_high is None
    with pytest.raises(CostCapExceeded, match="cannot be estimated"):
        check_submit(est, custom_region("Mine", "http://x/v1"), cap=5.0)


# ----- actual cost -------------------------------------------------------------------------------


def test_actual_cost_from_the_answers_usage_and_per_month() -> None:
    job = JobRecord(
        id=1,
        region_id="intl",
        batch_id="batch_1",
        name="j",
        status="completed",
        model="qwen-plus",
        prompt_tokens=1_000_000,
        completion_tokens=500_000,
        total_tokens=1_500_000,
        result_succeeded=1000,
        finished_at=1_780_000_000,
    )
    cost = actual_cost(job)
    assert cost.currency == "USD" and cost.amount == pytest.approx((0.4 + 0.5 * 1.2) * 0.5)
    free = JobRecord(id=2, region_id="intl", batch_id="b2", name="t", status="completed", model="batch-test-model")
    assert actual_cost(free).amount == 0.0
    pending = JobRecord(id=3, region_id="intl", batch_id="b3", name="p", status="in_progress", model="qwen-plus")
    assert actual_cost(pending).amount is None
    import time

    month = time.strftime("%Y-%m", time.localtime(1_780_000_000))
    total = month_cost([job, free], month=month)
    assert total.by_currency == {"USD": pytest.approx(0.5)} and total.unknown_jobs == 0


def test_a_comparison_is_estimated_per_variant_and_the_cap_applies_to_the_total(tmp_path: Path) -> None:
    plus = write(tmp_path / "plus.jsonl", *(line(str(i), "你好", "qwen-plus", max_tokens=100) for i in range(50)))
    turbo = write(tmp_path / "turbo.jsonl", *(line(str(i), "你好", "qwen-turbo", max_tokens=100) for i in range(50)))
    flash = write(tmp_path / "flash.jsonl", *(line(str(i), "你好", "qwen-flash", max_tokens=100) for i in range(50)))
    check = prepare_variants_submit([("qwen-plus", plus), ("qwen-turbo", turbo)], INTL, None)
    [(_, a), (_, b)] = check.variants
    total = check.estimate
    assert check.confirm and total.requests == 100 and total.input_tokens == a.input_tokens + b.input_tokens
    assert total.cost_low == pytest.approx(a.cost_low + b.cost_low)
    assert total.cost_high == pytest.approx(a.cost_high + b.cost_high) and total.currency == "USD"
    assert "for all 2 batches" in confirmation_text(check) and "qwen-turbo: 50 requests" in confirmation_text(check)
    # each alone is under the cap, both together are not: refused with the total
    cap = max(a.cost_high, b.cost_high) * 1.01
    with pytest.raises(CostCapExceeded) as refused:
        prepare_variants_submit([("qwen-plus", plus), ("qwen-turbo", turbo)], INTL, cap)
    assert refused.value.estimate.requests == 100
    # one variant without a price: the total is unknown (never the known part alone), and a cap refuses
    check = prepare_variants_submit([("qwen-plus", plus), ("qwen-flash", flash)], INTL, None)
    assert check.estimate.cost_low is None and check.estimate.cost_high is None
    assert any("qwen-flash" in reason for reason in check.estimate.unknown)
    with pytest.raises(CostCapExceeded):
        prepare_variants_submit([("qwen-plus", plus), ("qwen-flash", flash)], INTL, 100.0)


# ----- the same bytes are not counted twice ------------------------------------------------------------


class _CountingEstimator:
    """``estimate_file`` that records every file it really counts."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def __call__(self, path: Any, region: Any, **options: Any) -> Any:
        self.paths.append(Path(path))
        return estimate_file(path, region, **options)


def test_the_submit_s_estimate_of_bytes_already_counted_comes_from_memory_and_equals_a_count(tmp_path: Path) -> None:
    inner = _CountingEstimator()
    remembered = RememberedEstimates(inner)
    checked = write(
        tmp_path / "checked.jsonl", line("a", "第一行：今天天气很好。"), line("b", "Second row, longer text.")
    )
    first = remembered(checked, INTL)
    # the submit sends a copy written elsewhere: the same bytes, another path — not counted again
    sent = tmp_path / "upload" / "sent.jsonl"
    sent.parent.mkdir()
    sent.write_bytes(checked.read_bytes())
    again = remembered(sent, INTL)
    assert inner.paths == [checked]
    fresh = estimate_file(sent, INTL)
    assert (again.requests, again.input_tokens, again.cost_low, again.cost_high) == (
        fresh.requests,
        fresh.input_tokens,
        fresh.cost_low,
        fresh.cost_high,
    )
    assert again.digest == first.digest == fresh.digest != ""
    again.unknown.append("changed by the caller")  # a copy: the remembered one stays as it was
    assert remembered(sent, INTL).unknown == first.unknown


def test_one_changed_byte_of_the_same_size_and_time_is_counted_again(tmp_path: Path) -> None:
    import os

    inner = _CountingEstimator()
    remembered = RememberedEstimates(inner)
    path = write(tmp_path / "r.jsonl", line("a", "短い文章です。"), line("b", "bbbbbbbb"))
    first = remembered(path, INTL)
    stat = path.stat()
    path.write_bytes(path.read_bytes().replace(b"bbbbbbbb", b"b,b;b.b!"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same modification time
    assert path.stat().st_size == stat.st_size
    second = remembered(path, INTL)
    assert inner.paths == [path, path]
    assert second.input_tokens != first.input_tokens
    assert second.input_tokens == estimate_file(path, INTL).input_tokens


def test_another_region_other_prices_or_output_assumption_are_counted_again(tmp_path: Path) -> None:
    inner = _CountingEstimator()
    remembered = RememberedEstimates(inner)
    path = write(tmp_path / "r.jsonl", line("a", "hello there"))
    remembered(path, INTL)
    remembered(path, CN)  # another region: its own prices
    remembered(path, INTL, output_low_per_request=7)  # a rehearsal's answer length
    other_prices = load_prices()  # re-read price table: a new object, maybe new prices
    remembered(path, INTL, prices=other_prices)
    assert len(inner.paths) == 4
    remembered(path, INTL, prices=other_prices)
    remembered(path, CN)
    assert len(inner.paths) == 4 and remembered.counted == 4


def test_a_cancel_during_the_reading_of_a_remembered_file_stops_it(tmp_path: Path) -> None:
    import threading

    from desktop_app.core.estimate import EstimateCancelled

    remembered = RememberedEstimates(_CountingEstimator())
    path = write(tmp_path / "r.jsonl", line("a", "hello there"))
    remembered(path, INTL)
    stop = threading.Event()
    stop.set()
    with pytest.raises(EstimateCancelled):
        remembered(path, INTL, cancel=stop)
