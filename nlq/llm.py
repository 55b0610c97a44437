"""The model path: a local Ollama model through LangChain reads questions the parser cannot.

First choice, ``draft_spec``: the model fills the question spec (``nlq.spec``) through its JSON schema
(Ollama's structured output) at temperature 0; the spec is checked against the company's names and compiled
by the same compiler as the parser's — the model writes no SQL. Last resort, ``draft_sql``: SQL in a JSON
``{sql, explanation}``, validated (the guard, then binding against the empty schema). Either way a failure
is fed back to the model, at most twice more. A model that is absent, down or slow makes ``LlmUnavailable``
— the caller then answers parser-only.
"""

from __future__ import annotations

import logging

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import httpx
import ollama
from langchain_ollama import ChatOllama
from pydantic import BaseModel, ValidationError

from nlq.parser import Parsed
from nlq.prompt import build_messages, build_spec_messages, retry_message
from nlq.spec import QuestionSpec, SpecError, to_parsed
from nlq.sqlbuild import Unanswerable, build
from nlq.validate import InvalidSql, validate
from nlq.vocabulary import Vocabulary
from project88.errors import P88Error
from project88.settings import Settings, get_settings

MAX_ATTEMPTS = 3                        # the first answer and at most 2 retries


class SqlAnswer(BaseModel):
    sql: str
    explanation: str


@dataclass(frozen=True)
class LlmDraft:
    sql: str                            # guarded, company-scoped, known to bind
    explanation: str
    attempts: int


class LlmUnavailable(P88Error):
    """No answer from the model: no server, the model is not pulled, or it took too long."""


class LlmFailed(P88Error):
    """The model answered, but never with SQL that passes validation; the message says what was wrong."""


@dataclass(frozen=True)
class SpecDraft:
    spec: QuestionSpec
    parsed: Parsed                      # the spec as the compiler takes it, names checked
    attempts: int


def draft_spec(question: str, vocabulary: Vocabulary, examples: Sequence[tuple[str, str]] = (),
               settings: Settings | None = None, today: date | None = None) -> SpecDraft:
    """The question's spec from the configured model, checked against the company's names and known to
    compile; ``examples`` are (question, spec JSON). Raises LlmUnavailable / LlmFailed."""
    settings = settings or get_settings()
    today = today or date.today()
    model = _model(settings, QuestionSpec.model_json_schema())
    messages = build_spec_messages(question, examples, today.isoformat(), vocabulary.events)
    problem = ""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        text = _ask(model, messages, settings)
        try:
            spec = QuestionSpec.model_validate_json(text)
            parsed = to_parsed(spec, question, vocabulary)
            build(parsed, today)
            return SpecDraft(spec, parsed, attempt)
        except ValidationError as error:
            problem = f"the reply does not follow the spec's schema: {_first_error(error)}"
        except (SpecError, Unanswerable) as error:
            problem = str(error)
        messages = [*messages, ("ai", text[:4000]), ("human", f"That spec cannot be used: {problem}. Answer again "
                                                              "with one JSON object following the schema.")]
    raise LlmFailed(f"{MAX_ATTEMPTS} attempts, last problem: {problem}")


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    return f"{'.'.join(str(part) for part in first['loc']) or 'the object'}: {first['msg']}"


def _model(settings: Settings, schema: dict) -> ChatOllama:
    return ChatOllama(model=settings.ollama_model, base_url=settings.ollama_host, temperature=0, format=schema,
                      client_kwargs={"timeout": settings.ollama_timeout_s})


def draft_sql(question: str, partner_id: int, examples: Sequence[tuple[str, str]] = (),
              settings: Settings | None = None, today: date | None = None) -> LlmDraft:
    """Validated SQL for ``question`` from the configured model, or LlmUnavailable / LlmFailed."""
    settings = settings or get_settings()
    model = _model(settings, SqlAnswer.model_json_schema())
    messages = build_messages(question, examples, (today or date.today()).isoformat())
    problem = ""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        text = _ask(model, messages, settings)
        try:
            answer = SqlAnswer.model_validate_json(text)
            return LlmDraft(validate(answer.sql, partner_id), " ".join(answer.explanation.split())[:300], attempt)
        except ValidationError:
            problem = 'the reply was not JSON of the form {"sql": ..., "explanation": ...}'
        except InvalidSql as error:
            problem = str(error)
        messages = [*messages, ("ai", text[:4000]), retry_message(problem)]
    raise LlmFailed(f"{MAX_ATTEMPTS} attempts, last problem: {problem}")


def _ask(model: ChatOllama, messages: list[tuple[str, str]], settings: Settings) -> str:
    try:
        content = model.invoke(messages).content
    except httpx.TimeoutException:
        raise LlmUnavailable(f"the model took longer than {settings.ollama_timeout_s:g} s") from None
    except (ConnectionError, httpx.TransportError):
        # the address stays in the operator's log: a decline shown to a web user never names an internal host
        logging.getLogger(__name__).warning("no Ollama server answers at %s", settings.ollama_host)
        raise LlmUnavailable("no language model server answers") from None
    except ollama.ResponseError as error:
        raise LlmUnavailable(f"Ollama answered {error.status_code}: {error.error}") from None
    return content if isinstance(content, str) else str(content)
