"""The coach's intake page: spider web (radar chart and sliders in sync), wishes and needs,
explained results on cards and a map, the choice, the printable welzijnsrecept, the
no-fit path with its alternatives, field errors, offline map, tablet and keyboard."""

from playwright.sync_api import expect

from tests.browser.conftest import TABLET, demo_sign_in, shot

DIMENSIONS = [
    "bodily_functions",
    "mental_wellbeing",
    "meaningfulness",
    "quality_of_life",
    "participation",
    "daily_functioning",
]
WORDS = "Vroeger zong ik in een koor, nu kom ik de deur niet meer uit"


def open_intake(page, demo_server):
    demo_sign_in(page, demo_server.url + "/coach")
    expect(page.get_by_role("slider", name="Meedoen")).to_be_visible()
    page.wait_for_function("window.coach && window.coach.chart")


def slider(page, label):
    return page.get_by_role("slider", name=label, exact=True)


def drag_radar_point(page, index: int, to_value: float) -> None:
    """Drag point `index` of the radar chart with the mouse to `to_value` (0-10)."""
    geo = page.evaluate(
        """(i) => {
            const c = window.coach.chart, p = c.getDatasetMeta(0).data[i], r = c.scales.r;
            const box = c.canvas.getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y, cx: box.left + r.xCenter,
                    cy: box.top + r.yCenter, value: c.data.datasets[0].data[i]};
        }""",
        index,
    )
    # a point at value v lies v/10 of the way from the centre to the outer ring
    f = to_value / geo["value"]
    tx = geo["cx"] + (geo["x"] - geo["cx"]) * f
    ty = geo["cy"] + (geo["y"] - geo["cy"]) * f
    page.mouse.move(geo["x"], geo["y"])
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(
            geo["x"] + (tx - geo["x"]) * step / 10, geo["y"] + (ty - geo["y"]) * step / 10
        )
    page.mouse.up()


def test_coach_completes_an_intake_and_prints_a_recipe(page, demo_server):
    open_intake(page, demo_server)
    shot(page, "coach-intake-empty")

    # sliders move the chart ...
    slider(page, "Lichaamsfuncties").fill("6")
    slider(page, "Mentaal welbevinden").fill("4")
    slider(page, "Dagelijks functioneren").fill("7")
    assert page.evaluate("window.coach.chart.data.datasets[0].data[0]") == 6
    expect(page.locator("#dim-mental_wellbeing-out")).to_have_text("4")
    # ... and dragging a radar point with the mouse moves the slider
    drag_radar_point(page, DIMENSIONS.index("participation"), 2)
    meedoen = slider(page, "Meedoen")
    expect(meedoen).not_to_have_value("5")
    assert 1 <= int(meedoen.input_value()) <= 3
    assert page.evaluate("window.coach.chart.data.datasets[0].data[4]") == int(
        meedoen.input_value()
    )
    expect(page.locator("#dim-participation-out")).to_have_text(meedoen.input_value())
    page.locator("#focus").get_by_role("checkbox", name="Meedoen").check()

    page.get_by_label("Wat wil de cliënt zelf?").fill(WORDS)
    page.get_by_label("Postcode").fill("5461")
    page.get_by_label("Leeftijd").fill("72")
    page.get_by_role("checkbox", name="Rolstoeltoegankelijk").check()
    shot(page, "coach-intake-filled")

    with page.expect_response("**/api/v1/match") as answer:
        page.get_by_role("button", name="Zoek passende activiteiten").click()
    match = answer.value.json()
    assert answer.value.status == 200 and match["covered"]
    sent = answer.value.request.post_data_json
    assert sent["focus"] == ["participation"] and sent["requirements"] == {"wheelchair": True}
    assert sent["location"] == {"postal_code": "5461"} and sent["age"] == 72
    assert "name" not in sent and "birth_date" not in sent

    cards = page.locator("#cards > li")
    expect(cards.first).to_be_visible()
    assert cards.count() == len(match["results"]) >= 3
    first = cards.first
    # explained: the dimension it answers, the client's own words, distance, practical fit
    expect(first.locator(".reasons")).to_contain_text("Meedoen")
    expect(first.locator(".reasons")).to_contain_text("zingen")
    expect(first.locator(".distance")).to_contain_text("km")
    expect(first).to_contain_text("Wanneer")
    expect(first).to_contain_text("Rolstoeltoegankelijk")
    expect(page.locator("#summary")).to_contain_text("rond postcode 5461 (Veghel)")
    # the map: the client's place, the radius and numbered markers for the venues
    expect(page.locator("path.client-place")).to_have_count(1)
    markers = page.locator(".num-marker")
    expect(markers.first).to_be_visible()
    labels = " ".join(markers.all_inner_texts())
    assert "1" in labels
    shot(page, "coach-results", full_page=False)

    # choose two, make the recipe: the outcome is recorded
    chosen = [r["activity"]["id"] for r in match["results"][:2]]
    names = [r["activity"]["name"] for r in match["results"][:2]]
    for name in names:
        page.get_by_role("checkbox", name=f"Kiezen: {name}").check()
    expect(page.locator("#chosen-count")).to_have_text("2 activiteiten gekozen.")
    with page.expect_response("**/outcome") as outcome:
        page.get_by_role("button", name="Welzijnsrecept maken").click()
    assert outcome.value.status == 200
    assert outcome.value.json()["chosen"] == chosen
    expect(page.locator("body")).to_have_attribute("data-outcome", "chosen")
    expect(page.locator("#outcome-done")).to_contain_text("Vastgelegd: 2 activiteiten")
    # recorded on the server: a second outcome for this match is refused
    status, body, _ = demo_server.request(
        "POST",
        f"/api/v1/match/{match['match_id']}/outcome",
        {"no_fit": True},
        token=demo_server.admin,
    )
    assert status == 409, body

    sheet = page.locator("#sheet")
    expect(page.get_by_role("heading", name="Welzijnsrecept")).to_be_visible()
    expect(sheet.locator(".sheet-item")).to_have_count(2)
    for name in names:
        expect(sheet).to_contain_text(name)
    expect(sheet).to_contain_text("Waarom dit bij je past")
    expect(sheet).to_contain_text("Werkt aan")
    expect(sheet).to_contain_text("Wanneer")
    expect(sheet).to_contain_text("Welzijnscoach:")
    expect(page.get_by_role("button", name="Afdrukken")).to_be_visible()
    shot(page, "coach-recipe", full_page=False)

    page.emulate_media(media="print")
    expect(page.locator("#intake")).to_be_hidden()
    expect(page.locator("#results")).to_be_hidden()
    expect(page.locator("header.site")).to_be_hidden()
    expect(page.get_by_role("button", name="Afdrukken")).to_be_hidden()
    expect(sheet).to_be_visible()
    shot(page, "coach-recipe-print")
    page.emulate_media(media="screen")


def test_nothing_fits_shows_alternatives_and_records_no_fit(page, demo_server):
    """Designed hole: nothing wheelchair-accessible, free and in the morning within 1 km
    of Erp that meets the client in person."""
    open_intake(page, demo_server)
    slider(page, "Lichaamsfuncties").fill("2")
    page.locator("#focus").get_by_role("checkbox", name="Lichaamsfuncties").check()
    page.get_by_label("Wat wil de cliënt zelf?").fill("Ik wil weer sporten en bewegen")
    page.get_by_label("Postcode").fill("5469")
    page.get_by_label("Reisafstand (km)").fill("1")
    page.get_by_role("checkbox", name="Rolstoeltoegankelijk").check()
    page.get_by_role("radio", name="Alleen gratis").check()
    page.get_by_role("checkbox", name="Ochtend (voor 12 uur)").check()
    page.get_by_role("checkbox", name="Op locatie").check()
    with page.expect_response("**/api/v1/match") as answer:
        page.get_by_role("button", name="Zoek passende activiteiten").click()
    match = answer.value.json()
    assert match["covered"] is False and match["alternatives"]

    expect(page.get_by_role("heading", name="Niets gevonden dat aan alles voldoet")).to_be_visible()
    expect(page.locator("#summary")).to_contain_text("niets gevonden dat aan alle wensen voldoet")
    expect(page.locator("#summary")).to_contain_text("Bewegen en sporten")
    cards = page.locator("#cards > li")
    assert cards.count() == len(match["alternatives"])
    gives = " | ".join(page.locator(".chip.give").all_inner_texts())
    assert "km verder" in gives
    expect(cards.first.locator(".gives")).to_contain_text("Wat zou moeten wijken")
    expect(page.locator(".num-marker.alternative").first).to_be_visible()
    # the no-fit outcome is offered right away
    expect(page.locator("#nofit")).to_have_attribute("open", "")
    shot(page, "coach-nofit", full_page=False)

    page.get_by_label("Waarom past er niets?").fill("Te ver weg en de rolstoel kan niet mee")
    with page.expect_response("**/outcome") as outcome:
        page.get_by_role("button", name="Geen passend aanbod vastleggen").click()
    assert outcome.value.status == 200
    assert outcome.value.json()["outcome"] == "no_fit"
    assert outcome.value.request.post_data_json["no_fit"] is True
    expect(page.locator("#outcome-done")).to_contain_text("geen passend aanbod")
    expect(page.locator("#outcome-done")).to_contain_text("afstand")
    expect(page.locator("body")).to_have_attribute("data-outcome", "no_fit")
    expect(page.get_by_role("button", name="Welzijnsrecept maken")).to_be_disabled()
    page.locator("#outcome-done").scroll_into_view_if_needed()
    shot(page, "coach-nofit-recorded", full_page=False)


def test_bad_postal_code_is_shown_next_to_the_field(page, demo_server):
    open_intake(page, demo_server)
    postal = page.get_by_label("Postcode")
    # empty: said before anything is sent
    page.get_by_role("button", name="Zoek passende activiteiten").click()
    expect(postal).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#postal_code-error")).to_contain_text("Vul de postcode")

    postal.fill("12345")
    with page.expect_response("**/api/v1/match") as answer:
        page.get_by_role("button", name="Zoek passende activiteiten").click()
    assert answer.value.status == 422
    error = page.locator("#postal_code-error")
    expect(error).to_contain_text("Nederlandse postcode")
    # the message sits in the postal code's own field, and the input points at it
    assert error.evaluate("e => e.closest('.field').querySelector('input').id") == "postal_code"
    expect(postal).to_have_attribute("aria-describedby", "postal_code-error")
    expect(postal).to_be_focused()
    expect(page.locator("#intake-error")).to_contain_text("Niet alle velden zijn goed ingevuld")
    shot(page, "coach-postal-error")

    postal.fill("9999")  # well-formed, but not in the gazetteer
    page.get_by_role("button", name="Zoek passende activiteiten").click()
    expect(error).to_contain_text("onbekend")
    expect(page.locator("#results")).to_be_hidden()

    postal.fill("5461")
    page.get_by_label("Reisafstand (km)").fill("500")
    page.get_by_role("button", name="Zoek passende activiteiten").click()
    expect(page.locator("#max_distance_km-error")).to_contain_text("tussen")
    expect(page.locator("#postal_code-error")).to_have_count(0)


def test_map_shows_points_without_tiles(blocked_tiles, demo_server):
    page = blocked_tiles
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    open_intake(page, demo_server)
    page.get_by_label("Postcode").fill("5481")
    page.get_by_label("Wat wil de cliënt zelf?").fill("samen koken en eten")
    with page.expect_response("**/api/v1/match") as answer:
        page.get_by_role("button", name="Zoek passende activiteiten").click()
    results = answer.value.json()["results"]
    expect(page.locator("#cards > li").first).to_be_visible()
    # stale listings say so on their card (the demo map has some in Schijndel)
    stale = [i for i, r in enumerate(results) if r["activity"]["stale"]]
    assert stale, "the demo map should offer a stale listing here"
    expect(page.locator(".chip.stale")).to_have_count(len(stale))
    stale_card = page.locator("#cards > li").nth(stale[0])
    expect(stale_card).to_contain_text("Al lang niet bevestigd")
    expect(stale_card).to_contain_text("vraag na of het nog doorgaat")
    # wijk outlines drawn as the background, the client's place and numbered markers
    expect(page.locator("path.client-place")).to_have_count(1)
    expect(page.locator(".leaflet-tooltip.area-label")).to_have_count(4)
    expect(page.locator(".leaflet-tooltip.area-label", has_text="Schijndel")).to_be_visible()
    expect(page.locator(".num-marker").first).to_be_visible()
    assert page.locator(".leaflet-tile").count() == 0
    box = page.locator("#map").bounding_box()
    marker = page.locator(".num-marker").first.bounding_box()
    assert box["x"] <= marker["x"] <= box["x"] + box["width"]
    assert box["y"] <= marker["y"] <= box["y"] + box["height"]
    # clicking a marker brings its card into view
    page.locator(".num-marker").first.click()
    assert not [u for u in requests if not u.startswith("http://127.0.0.1")]
    shot(page, "coach-map-offline", full_page=False)


def test_intake_on_a_tablet_by_keyboard(tablet_page, demo_server):
    page = tablet_page
    open_intake(page, demo_server)
    meedoen = slider(page, "Meedoen")
    meedoen.focus()
    for _ in range(3):
        page.keyboard.press("ArrowLeft")
    expect(meedoen).to_have_value("2")
    expect(page.locator("#dim-participation-out")).to_have_text("2")
    assert page.evaluate("window.coach.chart.data.datasets[0].data[4]") == 2
    page.keyboard.press("Tab")  # next slider
    page.keyboard.press("End")
    expect(slider(page, "Dagelijks functioneren")).to_have_value("10")
    # the focus checkboxes follow the sliders in the tab order; Space ticks one
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id")
    assert focused == "focus-bodily_functions"
    page.keyboard.press("Space")
    expect(page.locator("#focus-bodily_functions")).to_be_checked()

    page.get_by_label("Wat wil de cliënt zelf?").focus()
    page.keyboard.type("Ik wil mensen ontmoeten")
    page.keyboard.press("Tab")
    page.keyboard.type("5491")  # Sint-Oedenrode
    page.keyboard.press("Enter")  # submits the form
    cards = page.locator("#cards > li")
    expect(cards.first).to_be_visible()
    expect(page.locator("#results-title")).to_be_focused()
    shot(page, "coach-tablet-results", full_page=False)
    # nothing sticks out sideways on the tablet
    assert page.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
    # choose by keyboard
    first = cards.first.get_by_role("checkbox")
    first.focus()
    page.keyboard.press("Space")
    expect(page.locator("#chosen-count")).to_have_text("1 activiteit gekozen.")
    page.get_by_role("button", name="Welzijnsrecept maken").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Welzijnsrecept")).to_be_focused()
    shot(page, "coach-tablet-recipe", full_page=False)


def test_every_control_has_a_label(page, demo_server):
    open_intake(page, demo_server)
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('#app input, #app textarea, #app select')]
            .filter((i) => !i.labels.length && !i.getAttribute('aria-label'))
            .map((i) => i.name || i.id)"""
    )
    assert unlabelled == []
