from game.engine.intents import Act, Intent
from game.engine.scene import Scene, SceneStack


class Recorder(Scene):
    def __init__(self, name, log, uses=(), modal=True, opaque=True):
        super().__init__(app=None)
        self.name, self.log, self.uses, self.modal, self.opaque = name, log, set(uses), modal, opaque
        self.handled = []

    def enter(self):
        self.log.append(f"{self.name}.enter")

    def exit(self):
        self.log.append(f"{self.name}.exit")

    def pause(self):
        self.log.append(f"{self.name}.pause")

    def resume(self):
        self.log.append(f"{self.name}.resume")

    def handle(self, intent):
        if intent.act in self.uses:
            self.handled.append(intent.act)
            return True
        return False

    def draw(self, surface):
        self.log.append(f"{self.name}.draw")


def test_lifecycle_order():
    log = []
    stack = SceneStack()
    a, b, c = Recorder("a", log), Recorder("b", log), Recorder("c", log)
    stack.push(a)
    stack.push(b)
    stack.pop()
    stack.replace(c)
    stack.reset(Recorder("d", log))
    assert log == [
        "a.enter",
        "a.pause",
        "b.enter",
        "b.exit",
        "a.resume",
        "a.exit",
        "c.enter",
        "c.exit",
        "d.enter",
    ]


def test_event_stops_at_the_scene_that_uses_it():
    log = []
    stack = SceneStack()
    below = Recorder("below", log, uses={Act.SELECT, Act.BACK})
    overlay = Recorder("overlay", log, uses={Act.SELECT}, modal=False, opaque=False)
    stack.push(below)
    stack.push(overlay)
    assert stack.handle(Intent(Act.SELECT))
    assert overlay.handled == [Act.SELECT] and below.handled == []
    # not used by the non-modal overlay: passes down
    assert stack.handle(Intent(Act.BACK))
    assert below.handled == [Act.BACK]


def test_modal_scene_keeps_unused_intents():
    stack = SceneStack()
    below = Recorder("below", [], uses={Act.BACK})
    stack.push(below)
    stack.push(Recorder("modal", [], modal=True))
    assert not stack.handle(Intent(Act.BACK))
    assert below.handled == []


def test_draw_starts_at_the_top_opaque_scene():
    log = []
    stack = SceneStack()
    stack.push(Recorder("hidden", log))
    stack.push(Recorder("base", log))
    stack.push(Recorder("overlay", log, opaque=False))
    log.clear()
    stack.draw(None)
    assert log == ["base.draw", "overlay.draw"]
