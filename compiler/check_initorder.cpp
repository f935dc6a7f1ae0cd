// Package initialization order: the dependency graph of package-level
// constants and variables (functions eliminated), the order in which variable
// initializers run (Checker::initOrder_), and the "initialization loop" errors
// for cyclic dependencies (a port of types2's initorder.go).
#include <algorithm>
#include <memory>

#include "compiler/checker.h"

namespace goji {

namespace {

// A GraphNode represents a node in the object dependency graph.
// Each node p in n.pred represents an edge p->n, and each node
// s in n.succ represents an edge n->s; with a->b indicating that
// a depends on b.
struct GraphNode {
  explicit GraphNode(Object* o) : obj(o) {}
  Object* obj;                      // object represented by this node
  std::set<GraphNode*> pred, succ;  // consumers and dependencies of this node
  size_t ndeps = 0;                 // number of outstanding dependencies before this object can be initialized

  // cost returns the cost of removing this node, which involves copying each
  // predecessor to each successor (and vice-versa).
  size_t cost() const { return pred.size() * succ.size(); }
};

// A dependency is an object that may be a dependency in an initialization
// expression. Only constants, variables, and functions can be dependencies.
// Constants are here because constant expression cycles are reported during
// initialization order computation.
bool isDependency(Object* obj) { return obj->is<Const>() || obj->is<Var>() || obj->is<Func>(); }

// dependencyGraph computes the object dependency graph from the given objMap,
// with any function nodes removed. The resulting graph contains only constants
// and variables. The nodes are owned by nodes.
std::vector<GraphNode*> dependencyGraph(const std::map<Object*, DeclInfo*>& objMap,
                                        std::vector<std::unique_ptr<GraphNode>>& nodes) {
  // M is the dependency (Object) -> graphNode mapping
  std::map<Object*, GraphNode*> M;
  for (auto& [obj, d] : objMap) {
    // only consider nodes that may be an initialization dependency
    if (isDependency(obj)) M[obj] = nodes.emplace_back(std::make_unique<GraphNode>(obj)).get();
  }

  // compute edges for graph M
  // (We need to include all nodes, even isolated ones, because they still need
  // to be scheduled for initialization in correct order relative to other nodes.)
  for (auto& [obj, n] : M) {
    // for each dependency obj -> d (= deps[i]), create graph edges n->s and s->n
    for (Object* d : objMap.at(obj)->deps) {
      // only consider nodes that may be an initialization dependency
      if (isDependency(d)) {
        GraphNode* s = M.at(d);
        n->succ.insert(s);
        s->pred.insert(n);
      }
    }
  }

  std::vector<GraphNode*> G, funcG;  // separate non-functions and functions
  for (auto& [obj, n] : M) (obj->is<Func>() ? funcG : G).push_back(n);

  // remove function nodes and collect remaining graph nodes in G
  // (Mutually recursive functions may introduce cycles among themselves
  // which are permitted. Yet such cycles may incorrectly inflate the dependency
  // count for variables which in turn may not get scheduled for initialization
  // in correct order.)
  //
  // Note that because we recursively copy predecessors and successors
  // throughout the function graph, the cost of removing a function at
  // position X is proportional to cost * (len(funcG)-X). Therefore, we should
  // remove high-cost functions last.
  std::stable_sort(funcG.begin(), funcG.end(), [](GraphNode* a, GraphNode* b) { return a->cost() < b->cost(); });
  for (GraphNode* n : funcG) {
    // connect each predecessor p of n with each successor s
    // and drop the function node (don't collect it in G)
    for (GraphNode* p : n->pred) {
      // ignore self-cycles
      if (p == n) continue;
      // Each successor s of n becomes a successor of p, and
      // each predecessor p of n becomes a predecessor of s.
      for (GraphNode* s : n->succ) {
        // ignore self-cycles
        if (s == n) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);  // remove edge to n
    }
    for (GraphNode* s : n->succ) s->pred.erase(n);  // remove edge to n
  }

  // fill in ndeps fields
  for (GraphNode* n : G) n->ndeps = n->succ.size();
  return G;
}

// The priority queue order: nodes are prioritized by number of incoming
// dependencies (1st key) and source order (2nd key).
struct NodeLess {
  bool operator()(const GraphNode* x, const GraphNode* y) const {
    if (x->ndeps != y->ndeps) return x->ndeps < y->ndeps;
    if (x->obj->order != y->obj->order) return x->obj->order < y->obj->order;
    return x < y;
  }
};

// findPath returns the (reversed) list of objects {to, ... from}
// such that there is a path of object dependencies from 'from' to 'to'.
// If there is no such path, the result is empty. (Dependencies are followed
// in first-use order, where types2 iterates a map.)
std::vector<Object*> findPath(const std::map<Object*, DeclInfo*>& objMap, Object* from, Object* to,
                              std::set<Object*>& seen) {
  if (!seen.insert(from).second) return {};
  for (Object* d : objMap.at(from)->depList) {
    if (d == to) return {d};
    std::vector<Object*> P = findPath(objMap, d, to, seen);
    if (!P.empty()) {
      P.push_back(d);
      return P;
    }
  }
  return {};
}

}  // namespace

void Checker::initOrder() {
  // An initOrder may already have been computed if a package is
  // built from several calls to checkFiles. Clear it.
  initOrder_.clear();

  // Compute the object dependency graph and initialize
  // a priority queue with the list of graph nodes.
  std::vector<std::unique_ptr<GraphNode>> nodes;
  std::vector<GraphNode*> G = dependencyGraph(objMap_, nodes);
  std::set<GraphNode*, NodeLess> pq(G.begin(), G.end());

  // Determine initialization order by removing the highest priority node
  // (the one with the fewest dependencies) and its edges from the graph,
  // repeatedly, until there are no nodes left.
  // In a valid Go program, those nodes always have zero dependencies (after
  // removing all incoming dependencies), otherwise there are initialization
  // cycles.
  std::set<DeclInfo*> emitted;
  while (!pq.empty()) {
    // get the next node
    GraphNode* n = *pq.begin();
    pq.erase(pq.begin());

    // if n still depends on other nodes, we have a cycle
    if (n->ndeps > 0) {
      std::set<Object*> seen;
      std::vector<Object*> cycle = findPath(objMap_, n->obj, n->obj, seen);
      // If n.obj is not part of the cycle (e.g., n.obj->b->c->d->c),
      // cycle will be nil. Don't report anything in that case since
      // the cycle is reported when the algorithm gets to an object
      // in the cycle.
      // Furthermore, once an object in the cycle is encountered,
      // the cycle will be broken (dependency count will be reduced
      // below), and so the remaining nodes in the cycle don't trigger
      // another error (unless they are part of multiple cycles).
      if (!cycle.empty()) reportCycle(cycle);
      // Ok to continue, but the variable initialization order
      // will be incorrect at this point since it assumes no
      // cycle errors.
    }

    // reduce dependency count of all dependent nodes
    // and update priority queue
    for (GraphNode* p : n->pred) {
      bool queued = pq.erase(p) > 0;
      p->ndeps--;
      if (queued) pq.insert(p);
    }

    // record the init order for variables with initializers only
    Var* v = n->obj->as<Var>();
    if (!v) continue;
    DeclInfo* info = objMap_.at(v);
    if (!info->hasInitializer()) continue;

    // n:1 variable declarations such as: a, b = f()
    // introduce a node for each lhs variable (here: a, b);
    // but they all have the same initializer - emit only
    // one, for the first variable seen
    if (!emitted.insert(info).second) continue;  // initializer already emitted, if any

    std::vector<Var*> lhs = info->lhs;  // possibly empty (see DeclInfo.lhs field comment)
    if (lhs.empty()) lhs.push_back(v);
    initOrder_.emplace_back(std::move(lhs), info->init);
  }
}

// reportCycle reports an error for the given cycle.
void Checker::reportCycle(const std::vector<Object*>& cycle) {
  auto desc = [&](Object* obj, const std::string& msg) {
    return "\n\t" + (obj->pos.known() ? fileSet_.posString(obj->pos) + ": " : "") + msg;
  };
  Object* obj = cycle[0];
  std::string msg = "initialization loop for " + std::string(obj->name);
  // subtle loop: print cycle[i] for i = 0, n-1, n-2, ... 1 for len(cycle) = n
  for (size_t i = cycle.size(); i > 0; i--) {
    msg += desc(obj, std::string(obj->name) + " refers to");
    obj = cycle[i - 1];
  }
  // print cycle[0] again to close the cycle
  msg += desc(obj, std::string(obj->name));
  error(cycle[0]->pos, msg);
}

}  // namespace goji
