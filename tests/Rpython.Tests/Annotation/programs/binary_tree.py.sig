entry_point(argv: list(str(no_nul))) -> int(nonneg)
insert(node: instance of binary_tree.TreeNode or None, key: int(nonneg)) -> instance of binary_tree.TreeNode
in_order(node: instance of binary_tree.TreeNode or None, out: list(int(nonneg), resizable)) -> None
TreeNode.__init__(self: instance of binary_tree.TreeNode, key: int(nonneg)) -> None
height(node: instance of binary_tree.TreeNode or None) -> int(nonneg)
class binary_tree.TreeNode:
    key: int(nonneg)
    left: instance of binary_tree.TreeNode or None
    right: instance of binary_tree.TreeNode or None
