"""Health, the category list, and the start page."""

from flask import Blueprint as FlaskBlueprint
from flask import current_app, send_from_directory
from flask_smorest import Blueprint

from matcher.vocab import entries

blp = Blueprint("meta", __name__, url_prefix="/api/v1", description="Service information.")
pages = FlaskBlueprint("pages", __name__)


@blp.route("/health")
def health():
    """Liveness: the process answers."""
    return {"status": "ok"}


@blp.route("/categories")
def categories():
    """The eight Welzijn op Recept categories with their Dutch labels."""
    return {"items": entries("categories")}


@blp.route("/vocabularies")
def vocabularies():
    """Every code list of the Dutch profile with Dutch labels (for forms and pages)."""
    return {
        name: entries(name)
        for name in (
            "categories",
            "accessibility",
            "features",
            "delivery",
            "cost_options",
            "days",
            "parts_of_day",
            "statuses",
            "dimensions",
        )
    }


@pages.route("/")
def start_page():
    return send_from_directory(current_app.static_folder, "index.html")
