"""The model path: a local Ollama model through LangChain drafts SQL for questions the parser cannot read.

Structured output (a JSON schema of ``{sql, explanation}``) at temperature 0; every draft is validated (the
guard, then binding against the empty schema) and a failure is fed back to the model, at most twice more.
A model that is absent, down or slow makes ``LlmUnavailable`` — the caller then answers parser-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import httpx
import ollama
from langchain_ollama import ChatOllama
from pydantic import BaseModel, ValidationError

from nlq.prompt import build_messages, retry_message
from nlq.validate import InvalidSql, validate
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


def draft_sql(question: str, partner_id: int, examples: Sequence[tuple[str, str]] = (),
              settings: Settings | None = None, today: date | None = None) -> LlmDraft:
    """Validated SQL for ``question`` from the configured model, or LlmUnavailable / LlmFailed."""
    settings = settings or get_settings()
    model = ChatOllama(model=settings.ollama_model, base_url=settings.ollama_host, temperature=0,
                       format=SqlAnswer.model_json_schema(), client_kwargs={"timeout": settings.ollama_timeout_s})
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
        raise LlmUnavailable(f"no Ollama server answers at {settings.ollama_host}") from None
    except ollama.ResponseError as error:
        raise LlmUnavailable(f"Ollama answered {error.status_code}: {error.error}") from None
    return content if isinstance(content, str) else str(content)
